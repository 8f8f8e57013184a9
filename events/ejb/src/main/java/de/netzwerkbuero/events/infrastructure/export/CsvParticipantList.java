package de.netzwerkbuero.events.infrastructure.export;

import de.netzwerkbuero.events.api.RegistrationView;
import de.netzwerkbuero.platform.api.csv.CsvWriter;

import java.io.ByteArrayOutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The participant list as CSV for spreadsheet programs as German offices use them: semicolon-separated,
 * UTF-8 with a byte-order mark (so that umlauts survive opening it by double click), CRLF line ends. Written by
 * the application's one {@link CsvWriter}, which quotes per RFC 4180 and defuses cells a spreadsheet would run
 * as a formula.
 */
public final class CsvParticipantList {

    public static final String CONTENT_TYPE = "text/csv; charset=UTF-8";
    private static final char BOM = '\uFEFF';

    private CsvParticipantList() {
    }

    public static byte[] write(ParticipantSheet sheet) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Writer text = new OutputStreamWriter(bytes, StandardCharsets.UTF_8);
        try (CsvWriter csv = CsvWriter.semicolon(text)) {
            text.write(BOM);
            csv.row(ParticipantColumns.HEADERS);
            List<RegistrationView> participants = sheet.participants();
            for (int i = 0; i < participants.size(); i++) {
                csv.row(ParticipantColumns.values(i + 1, participants.get(i)));
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
