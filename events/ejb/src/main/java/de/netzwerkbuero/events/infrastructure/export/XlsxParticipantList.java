package de.netzwerkbuero.events.infrastructure.export;

import de.netzwerkbuero.events.api.RegistrationView;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The participant list as an Excel workbook: a title row, a bold header row with a filter, frozen panes.
 * Column widths are set from the content, not measured with fonts (a server may have none).
 */
public final class XlsxParticipantList {

    public static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final int MAX_WIDTH_CHARS = 60;

    private XlsxParticipantList() {
    }

    public static byte[] write(ParticipantSheet data) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Teilnehmende");
            CellStyle bold = boldStyle(workbook);
            Row title = sheet.createRow(0);
            title.createCell(0).setCellValue(data.event().title());
            title.getCell(0).setCellStyle(bold);
            List<String> headers = ParticipantColumns.HEADERS;
            int[] widths = new int[headers.size()];
            writeRow(sheet.createRow(2), headers, widths, bold);
            List<RegistrationView> participants = data.participants();
            for (int i = 0; i < participants.size(); i++) {
                writeRow(sheet.createRow(3 + i), ParticipantColumns.values(i + 1, participants.get(i)), widths, null);
            }
            for (int c = 0; c < widths.length; c++) {
                sheet.setColumnWidth(c, Math.min(MAX_WIDTH_CHARS, widths[c] + 2) * 256);
            }
            sheet.createFreezePane(0, 3);
            sheet.setAutoFilter(new org.apache.poi.ss.util.CellRangeAddress(2, 2 + participants.size(), 0,
                    headers.size() - 1));
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void writeRow(Row row, List<String> values, int[] widths, CellStyle style) {
        for (int c = 0; c < values.size(); c++) {
            String value = values.get(c);
            if (c == 0 && style == null) {
                row.createCell(c).setCellValue(Integer.parseInt(value));
            } else {
                row.createCell(c).setCellValue(value);
            }
            if (style != null) {
                row.getCell(c).setCellStyle(style);
            }
            widths[c] = Math.max(widths[c], value.length());
        }
    }

    private static CellStyle boldStyle(XSSFWorkbook workbook) {
        Font font = workbook.createFont();
        font.setBold(true);
        CellStyle style = workbook.createCellStyle();
        style.setFont(font);
        return style;
    }
}
