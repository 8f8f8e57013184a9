package de.netzwerkbuero.platform.api.csv;

import org.junit.jupiter.api.Test;

import java.io.StringWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CsvWriterTest {

    @Test
    void quotesPerRfc4180WithCrlf() {
        String csv = CsvWriter.commaSeparated(w -> w.row("id", "name").row(1, "Müller, Anna").row(2, "say \"hi\"")
                .row(3, "two\nlines").row(4, null));
        assertEquals("id,name\r\n1,\"Müller, Anna\"\r\n2,\"say \"\"hi\"\"\"\r\n3,\"two\nlines\"\r\n4,\r\n", csv);
    }

    @Test
    void defusesEveryFormulaStartInText() {
        for (String formula : List.of("=HYPERLINK(\"http://x\")", "+1+2", "-2+3", "@SUM(A1)", "\tcmd", "\rcmd",
                "\uFF1D1+1")) {
            assertEquals("'" + formula, CsvWriter.cell(formula), formula);
        }
        String line = CsvWriter.commaSeparated(w -> w.row("=HYPERLINK(\"x\")", "=1+2"));
        assertEquals("\"'=HYPERLINK(\"\"x\"\")\",'=1+2\r\n", line);
    }

    @Test
    void leavesHarmlessTextAlone() {
        assertEquals("Anna", CsvWriter.cell("Anna"));
        assertEquals("a=b", CsvWriter.cell("a=b"));
        assertEquals("2026-01-31", CsvWriter.cell(LocalDate.of(2026, 1, 31)));
        assertEquals("", CsvWriter.cell(""));
        assertEquals("", CsvWriter.cell(null));
    }

    @Test
    void numbersStayNumericNegativeOnesIncludedButNumericTextIsText() {
        assertEquals("-5.00", CsvWriter.cell(new BigDecimal("-5.00")));
        assertEquals("-12", CsvWriter.cell(-12L));
        assertEquals("1.5E+3", CsvWriter.cell(new BigDecimal("1.5E+3")));
        assertEquals("'-5", CsvWriter.cell("-5"), "text is text, whatever it looks like");
        assertEquals("'-Infinity", CsvWriter.cell(Double.NEGATIVE_INFINITY));
        assertEquals("'-1+1", CsvWriter.cell(new AtomicInteger(0) {
            @Override
            public String toString() {
                return "-1+1";
            }
        }), "a number whose text is not a plain number is text");
    }

    @Test
    void semicolonDialectQuotesSemicolons() {
        StringWriter out = new StringWriter();
        CsvWriter csv = CsvWriter.semicolon(out);
        csv.row("Nr.", "Name").row("1", "A; B").row("2", "-Infinity");
        csv.flush();
        assertEquals("Nr.;Name\r\n1;\"A; B\"\r\n2;'-Infinity\r\n", out.toString());
    }

    @Test
    void streamsRowsStraightToTheWriter() {
        StringBuilder written = new StringBuilder();
        Writer counting = new Writer() {
            @Override
            public void write(char[] buffer, int offset, int length) {
                written.append(buffer, offset, length);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        CsvWriter csv = CsvWriter.comma(counting);
        for (int i = 0; i < 10_000; i++) {
            csv.row(i, "row");
        }
        assertTrue(written.length() > 0, "written before the end, not collected");
        csv.flush();
        assertTrue(written.toString().endsWith("9999,row\r\n"));
    }
}
