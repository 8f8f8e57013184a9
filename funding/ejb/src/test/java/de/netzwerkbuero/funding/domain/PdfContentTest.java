package de.netzwerkbuero.funding.domain;

import de.netzwerkbuero.platform.api.error.InvalidInputException;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PdfContentTest {

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }

    @Test
    void acceptsACompletePdf() {
        assertTrue(PdfContent.looksLikePdf(bytes("%PDF-1.7\n1 0 obj\n<<>>\nendobj\n%%EOF\n")));
        assertTrue(PdfContent.looksLikePdf(bytes("%PDF-1.4\n...\n%%EOF")));
    }

    @Test
    void refusesOtherFilesAndCutOffUploads() {
        assertFalse(PdfContent.looksLikePdf(bytes("GIF89a...")));
        assertFalse(PdfContent.looksLikePdf(bytes("%PDF-1.7\n1 0 obj\n<<>>\nendo")));
        assertFalse(PdfContent.looksLikePdf(bytes("%PDF")));
        assertFalse(PdfContent.looksLikePdf(new byte[0]));
        assertThrows(InvalidInputException.class, () -> PdfContent.require(bytes("<html>%%EOF")));
    }
}
