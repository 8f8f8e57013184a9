package de.netzwerkbuero.funding.infrastructure;

import de.netzwerkbuero.funding.domain.PdfContent;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SimplePdfTest {

    private static String latin1(byte[] b) {
        return new String(b, StandardCharsets.ISO_8859_1);
    }

    @Test
    void producesAPdfThatPassesTheAttachmentCheck() {
        byte[] pdf = SimplePdf.render("Zwischennachweis 2024", List.of("Sachbericht", "Zeile zwei"));
        assertTrue(PdfContent.looksLikePdf(pdf));
        assertTrue(latin1(pdf).startsWith("%PDF-1.4\n"));
    }

    @Test
    void crossReferenceOffsetsPointAtTheirObjects() {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            lines.add("Zeile " + i + " mit (Klammern) und \\ Backslash");
        }
        String pdf = latin1(SimplePdf.render("Lang", lines));
        int xref = Integer.parseInt(pdf.substring(pdf.lastIndexOf("startxref\n") + 10, pdf.lastIndexOf("\n%%EOF")).trim());
        assertTrue(pdf.startsWith("xref\n", xref));
        Matcher entry = Pattern.compile("(\\d{10}) 00000 n\r\n").matcher(pdf.substring(xref));
        int object = 1;
        while (entry.find()) {
            int offset = Integer.parseInt(entry.group(1));
            assertTrue(pdf.startsWith(object + " 0 obj\n", offset), "object " + object);
            object++;
        }
        int pages = (200 + 3 + SimplePdf.LINES_PER_PAGE - 1) / SimplePdf.LINES_PER_PAGE;
        assertTrue(pdf.contains("/Count " + pages + " "), "200 lines need " + pages + " pages");
        assertEquals(4 + 2 * pages + 1, object - 1, "catalog, pages, two fonts, page+content each, info");
    }

    @Test
    void escapesParenthesesAndEncodesUmlautsInWinAnsi() {
        assertArrayEquals(new byte[]{'(', 'a', '\\', '(', 'b', '\\', ')', '\\', '\\', ')'}, SimplePdf.literal("a(b)\\"));
        assertArrayEquals(new byte[]{'(', (byte) 0xE4, (byte) 0xDF, '?', ')'}, SimplePdf.literal("äß\u4E2D"));
        assertArrayEquals(new byte[]{'(', (byte) 0x80, ')'}, SimplePdf.literal("€"));
    }

    @Test
    void wrapsLongLinesAtWordBoundaries() {
        String longLine = "wort ".repeat(40).trim();
        List<String> wrapped = SimplePdf.wrap(List.of(longLine, "a\nb"));
        assertTrue(wrapped.stream().allMatch(l -> l.length() <= SimplePdf.WRAP_AT));
        assertEquals(longLine, String.join(" ", wrapped.subList(0, wrapped.size() - 2)));
        assertEquals(List.of("a", "b"), wrapped.subList(wrapped.size() - 2, wrapped.size()));
    }
}
