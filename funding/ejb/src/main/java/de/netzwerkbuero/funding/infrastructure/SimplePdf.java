package de.netzwerkbuero.funding.infrastructure;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A minimal PDF 1.4 writer for text documents: A4 pages, Helvetica in WinAnsiEncoding (so German umlauts
 * print; other characters become '?'), long lines wrapped. Enough for report versions in the audit package
 * without a PDF library in the EAR.
 */
public final class SimplePdf {

    static final int LINES_PER_PAGE = 58;
    static final int WRAP_AT = 95;
    private static final Charset WIN_ANSI = Charset.forName("windows-1252");

    private SimplePdf() {
    }

    public static byte[] render(String title, List<String> lines) {
        List<List<String>> pages = paginate(wrap(lines));
        Writer w = new Writer();
        int pageCount = pages.size();
        int firstPageObject = 5;
        w.object(1, ascii("<< /Type /Catalog /Pages 2 0 R >>"));
        StringBuilder kids = new StringBuilder();
        for (int i = 0; i < pageCount; i++) {
            kids.append(firstPageObject + 2 * i).append(" 0 R ");
        }
        w.object(2, ascii("<< /Type /Pages /Kids [" + kids.toString().trim() + "] /Count " + pageCount + " >>"));
        w.object(3, ascii("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"));
        w.object(4, ascii("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>"));
        for (int i = 0; i < pageCount; i++) {
            int pageObject = firstPageObject + 2 * i;
            w.object(pageObject, ascii("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> /Contents "
                    + (pageObject + 1) + " 0 R >>"));
            byte[] content = pageContent(i == 0 ? title : null, pages.get(i), i + 1, pageCount);
            w.stream(pageObject + 1, content);
        }
        int infoObject = firstPageObject + 2 * pageCount;
        ByteArrayOutputStream info = new ByteArrayOutputStream();
        info.writeBytes(ascii("<< /Title "));
        info.writeBytes(literal(title));
        info.writeBytes(ascii(" /Producer (Netzwerkbuero) >>"));
        w.object(infoObject, info.toByteArray());
        return w.finish(infoObject);
    }

    static List<String> wrap(List<String> lines) {
        List<String> wrapped = new ArrayList<>();
        for (String line : lines) {
            for (String part : (line == null ? "" : line).split("\n", -1)) {
                String rest = part.replace('\t', ' ');
                while (rest.length() > WRAP_AT) {
                    int cut = rest.lastIndexOf(' ', WRAP_AT);
                    cut = cut <= 0 ? WRAP_AT : cut;
                    wrapped.add(rest.substring(0, cut));
                    rest = rest.substring(cut).stripLeading();
                }
                wrapped.add(rest);
            }
        }
        return wrapped;
    }

    private static List<List<String>> paginate(List<String> lines) {
        List<List<String>> pages = new ArrayList<>();
        int firstPage = LINES_PER_PAGE - 3;
        int from = 0;
        do {
            int size = pages.isEmpty() ? firstPage : LINES_PER_PAGE;
            pages.add(lines.subList(from, Math.min(lines.size(), from + size)));
            from += size;
        } while (from < lines.size());
        return pages;
    }

    private static byte[] pageContent(String title, List<String> lines, int page, int pages) {
        ByteArrayOutputStream s = new ByteArrayOutputStream();
        s.writeBytes(ascii("BT\n"));
        int y = 800;
        if (title != null) {
            s.writeBytes(ascii("/F2 14 Tf 50 " + y + " Td "));
            s.writeBytes(literal(title));
            s.writeBytes(ascii(" Tj\n"));
            s.writeBytes(ascii("/F1 10 Tf 0 -30 Td 13 TL\n"));
        } else {
            s.writeBytes(ascii("/F1 10 Tf 50 " + y + " Td 13 TL\n"));
        }
        for (String line : lines) {
            s.writeBytes(literal(line));
            s.writeBytes(ascii(" Tj T*\n"));
        }
        s.writeBytes(ascii("ET\nBT /F1 8 Tf 50 30 Td "));
        s.writeBytes(literal("Page " + page + " of " + pages));
        s.writeBytes(ascii(" Tj ET\n"));
        return s.toByteArray();
    }

    /** A PDF literal string in WinAnsi bytes, with ( ) \ escaped. */
    static byte[] literal(String text) {
        CharsetEncoder encoder = WIN_ANSI.newEncoder().onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE).replaceWith(new byte[]{'?'});
        ByteBuffer encoded;
        try {
            encoded = encoder.encode(CharBuffer.wrap(text.replaceAll("\\p{Cntrl}", " ")));
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new IllegalStateException(e);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write('(');
        while (encoded.hasRemaining()) {
            byte b = encoded.get();
            if (b == '(' || b == ')' || b == '\\') {
                out.write('\\');
            }
            out.write(b);
        }
        out.write(')');
        return out.toByteArray();
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }

    /** Writes numbered objects and remembers their byte offsets for the cross-reference table. */
    private static final class Writer {
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();
        private final List<Integer> offsets = new ArrayList<>();

        Writer() {
            out.writeBytes(ascii("%PDF-1.4\n"));
            out.writeBytes(new byte[]{'%', (byte) 0xE2, (byte) 0xE3, (byte) 0xCF, (byte) 0xD3, '\n'});
        }

        void object(int number, byte[] body) {
            begin(number);
            out.writeBytes(body);
            out.writeBytes(ascii("\nendobj\n"));
        }

        void stream(int number, byte[] content) {
            begin(number);
            out.writeBytes(ascii("<< /Length " + content.length + " >>\nstream\n"));
            out.writeBytes(content);
            out.writeBytes(ascii("\nendstream\nendobj\n"));
        }

        private void begin(int number) {
            while (offsets.size() < number) {
                offsets.add(null);
            }
            offsets.set(number - 1, out.size());
            out.writeBytes(ascii(number + " 0 obj\n"));
        }

        byte[] finish(int infoObject) {
            int xref = out.size();
            StringBuilder table = new StringBuilder("xref\n0 " + (offsets.size() + 1) + "\n0000000000 65535 f\r\n");
            offsets.forEach(o -> table.append(String.format("%010d 00000 n\r\n", o)));
            table.append("trailer\n<< /Size ").append(offsets.size() + 1).append(" /Root 1 0 R /Info ")
                    .append(infoObject).append(" 0 R >>\nstartxref\n").append(xref).append("\n%%EOF\n");
            out.writeBytes(ascii(table.toString()));
            return out.toByteArray();
        }
    }
}
