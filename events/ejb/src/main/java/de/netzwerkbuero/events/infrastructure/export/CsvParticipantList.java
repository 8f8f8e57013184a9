package de.netzwerkbuero.events.infrastructure.export;

import de.netzwerkbuero.events.api.RegistrationView;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The participant list as CSV for spreadsheet programs as German offices use them: semicolon-separated,
 * UTF-8 with a byte-order mark (so that umlauts survive opening it by double click), CRLF line ends, fields
 * quoted per RFC 4180 where needed. Cells that a spreadsheet would run as a formula get a leading apostrophe.
 */
public final class CsvParticipantList {

    public static final String CONTENT_TYPE = "text/csv; charset=UTF-8";
    static final char SEPARATOR = ';';
    private static final String BOM = "\uFEFF";

    private CsvParticipantList() {
    }

    public static byte[] write(ParticipantSheet sheet) {
        StringBuilder csv = new StringBuilder(BOM).append(line(ParticipantColumns.HEADERS));
        List<RegistrationView> participants = sheet.participants();
        for (int i = 0; i < participants.size(); i++) {
            csv.append(line(ParticipantColumns.values(i + 1, participants.get(i))));
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    static String line(List<String> values) {
        return values.stream().map(CsvParticipantList::field).collect(Collectors.joining(String.valueOf(SEPARATOR)))
                + "\r\n";
    }

    static String field(String value) {
        String safe = defuseFormula(value == null ? "" : value);
        boolean quote = safe.indexOf(SEPARATOR) >= 0 || safe.indexOf('"') >= 0 || safe.indexOf('\n') >= 0
                || safe.indexOf('\r') >= 0 || safe.indexOf(',') >= 0;
        return quote ? '"' + safe.replace("\"", "\"\"") + '"' : safe;
    }

    private static String defuseFormula(String value) {
        if (!value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0) {
            return "'" + value;
        }
        return value;
    }
}
