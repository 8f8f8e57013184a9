package de.netzwerkbuero.platform.api.csv;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * Writes CSV rows through Apache Commons CSV (quoting per RFC 4180, CRLF line ends) and defuses every cell a
 * spreadsheet program would run as a formula (OWASP "CSV injection"): text that starts with {@code = + - @},
 * a tab or a carriage return (or their full-width forms) gets a leading apostrophe, which spreadsheets show as
 * text. Values of a {@link Number} type are written as they are, so that amounts stay numeric, negative ones
 * included, as long as their text consists of sign, digits, point and exponent only (which cannot be a formula). A number that
 * arrives as text ("-5") is treated as text and prefixed, because text can be anything.
 * <p>
 * Rows go straight to the given writer; nothing is buffered beyond it, so exports of any size stream.
 * I/O errors become {@link UncheckedIOException}.
 */
public final class CsvWriter implements Flushable, Closeable {

    private static final CSVFormat COMMA = CSVFormat.RFC4180;
    private static final CSVFormat SEMICOLON = CSVFormat.RFC4180.builder().setDelimiter(';').get();
    private static final String FORMULA_STARTS = "=+-@\t\r\uFF1D\uFF0B\uFF0D\uFF20";
    /** What a number's text may look like to be written unchanged ("-Infinity" is not a number here). */
    private static final Pattern NUMBER = Pattern.compile("-?[0-9]+(\\.[0-9]+)?([eE][-+]?[0-9]+)?");

    private final CSVPrinter printer;

    private CsvWriter(Writer out, CSVFormat format) {
        try {
            this.printer = new CSVPrinter(out, format);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Comma-separated, as RFC 4180 and most programs read it. */
    public static CsvWriter comma(Writer out) {
        return new CsvWriter(out, COMMA);
    }

    /** Semicolon-separated, as spreadsheet programs with German settings open CSV files by double click. */
    public static CsvWriter semicolon(Writer out) {
        return new CsvWriter(out, SEMICOLON);
    }

    /** A whole comma-separated document as a string, for small files that are built in memory. */
    public static String commaSeparated(Consumer<CsvWriter> rows) {
        StringWriter text = new StringWriter();
        CsvWriter csv = comma(text);
        rows.accept(csv);
        csv.flush();
        return text.toString();
    }

    public CsvWriter row(Object... values) {
        return row(Arrays.asList(values));
    }

    public CsvWriter row(List<?> values) {
        List<String> cells = new ArrayList<>(values.size());
        values.forEach(v -> cells.add(cell(v)));
        try {
            printer.printRecord(cells);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** The text a value is written as, before quoting: empty for null, defused unless it is a number. */
    public static String cell(Object value) {
        if (value == null) {
            return "";
        }
        String text = String.valueOf(value);
        if (value instanceof Number && NUMBER.matcher(text).matches()
                || text.isEmpty() || FORMULA_STARTS.indexOf(text.charAt(0)) < 0) {
            return text;
        }
        return "'" + text;
    }

    @Override
    public void flush() {
        try {
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Flushes and closes the underlying writer. */
    @Override
    public void close() {
        try {
            printer.close(true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
