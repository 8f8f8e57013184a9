package de.netzwerkbuero.funding.infrastructure;

import java.util.Arrays;
import java.util.stream.Collectors;

/** RFC 4180 CSV lines (comma, CRLF, quotes doubled); values that a spreadsheet would run as formulas are defused. */
public final class Csv {

    private Csv() {
    }

    public static String line(Object... values) {
        return Arrays.stream(values).map(Csv::field).collect(Collectors.joining(",")) + "\r\n";
    }

    static String field(Object value) {
        if (value == null) {
            return "";
        }
        String s = String.valueOf(value);
        if (!s.isEmpty() && "=+-@".indexOf(s.charAt(0)) >= 0 && !(value instanceof Number)) {
            s = "'" + s;
        }
        if (s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r")) {
            return "\"" + s.replace("\"", "\"\"") + "\"";
        }
        return s;
    }
}
