package de.netzwerkbuero.events.infrastructure.export;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import de.netzwerkbuero.events.api.EventView;
import de.netzwerkbuero.events.api.RegistrationView;
import de.netzwerkbuero.events.infrastructure.EventDates;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.util.List;

/**
 * The sign-in sheet (Teilnahmeliste) as PDF, a proof document for funding: event, date, place and funding
 * reference on top; one row per person holding a place with number, name, organisation and an empty
 * signature field; a few blank rows for people who come without registration.
 */
public final class SignInSheetPdf {

    public static final String CONTENT_TYPE = "application/pdf";
    static final int BLANK_ROWS = 5;
    private static final float ROW_HEIGHT = 26f;
    private static final Font TITLE = new Font(Font.HELVETICA, 15, Font.BOLD);
    private static final Font TEXT = new Font(Font.HELVETICA, 10);
    private static final Font HEAD = new Font(Font.HELVETICA, 10, Font.BOLD);

    private SignInSheetPdf() {
    }

    public static byte[] write(ParticipantSheet sheet) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4.rotate(), 36, 36, 36, 36);
        try {
            PdfWriter.getInstance(document, out);
            document.addTitle("Teilnahmeliste " + sheet.event().title());
            document.addCreator("Netzwerkbüro");
            document.open();
            header(document, sheet);
            document.add(table(sheet.participants()));
            document.add(new Paragraph("Mit meiner Unterschrift bestätige ich meine Teilnahme an der Veranstaltung.",
                    TEXT));
        } catch (DocumentException e) {
            throw new IllegalStateException("The sign-in sheet could not be written", e);
        } finally {
            document.close();
        }
        return out.toByteArray();
    }

    private static void header(Document document, ParticipantSheet sheet) {
        EventView event = sheet.event();
        document.add(new Paragraph("Teilnahmeliste", TITLE));
        document.add(new Paragraph(event.title(), HEAD));
        document.add(new Paragraph(EventDates.describe(event.startsAt(), event.endsAt()), TEXT));
        String place = event.venue() != null ? event.venue() : event.onlineUrl() != null ? "Online" : null;
        if (place != null) {
            document.add(new Paragraph("Ort: " + place, TEXT));
        }
        if (sheet.fundingReference() != null) {
            document.add(new Paragraph("Förderkennzeichen: " + sheet.fundingReference(), TEXT));
        }
        Paragraph gap = new Paragraph(" ", TEXT);
        gap.setSpacingAfter(4);
        document.add(gap);
    }

    private static PdfPTable table(List<RegistrationView> participants) {
        PdfPTable table = new PdfPTable(new float[]{5, 30, 35, 30});
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        for (String head : List.of("Nr.", "Name", "Organisation", "Unterschrift")) {
            PdfPCell cell = new PdfPCell(new Phrase(head, HEAD));
            cell.setBackgroundColor(new Color(230, 230, 230));
            cell.setPadding(5);
            table.addCell(cell);
        }
        int number = 1;
        for (RegistrationView p : participants) {
            row(table, number++, p.lastName() + ", " + p.firstName(), p.organisation());
        }
        for (int i = 0; i < BLANK_ROWS; i++) {
            row(table, number++, "", "");
        }
        return table;
    }

    private static void row(PdfPTable table, int number, String name, String organisation) {
        for (String value : new String[]{String.valueOf(number), name, organisation == null ? "" : organisation, ""}) {
            PdfPCell cell = new PdfPCell(new Phrase(value, TEXT));
            cell.setMinimumHeight(ROW_HEIGHT);
            cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
            cell.setPadding(4);
            table.addCell(cell);
        }
    }
}
