package de.netzwerkbuero.funding.domain;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AttachmentNameTest {

    @Test
    void alwaysEndsInPdf() {
        assertEquals("beleg.pdf", AttachmentName.of("beleg.pdf"));
        assertEquals("beleg.pdf", AttachmentName.of("beleg.PDF"));
        assertEquals("evil.html.pdf", AttachmentName.of("evil.html"));
        assertEquals("x.pdf.exe.pdf", AttachmentName.of("x.pdf.exe"));
        assertEquals("attachment.pdf", AttachmentName.of(null));
        assertEquals("attachment.pdf", AttachmentName.of(".."));
        assertEquals("attachment.pdf", AttachmentName.of("\"<>"));
    }

    @Test
    void keepsOnlyTheLastSegmentAndHarmlessCharacters() {
        assertEquals("passwd.pdf", AttachmentName.of("../../etc/passwd"));
        assertEquals("boot.ini.pdf", AttachmentName.of("C:\\windows\\boot.ini"));
        assertEquals("Prüfbericht 2026_1_.pdf", AttachmentName.of("Prüfbericht 2026(1).pdf"));
        assertEquals("a_b__c.pdf", AttachmentName.of("a\"b\r\nc"));
        assertEquals("htaccess.pdf", AttachmentName.of(".htaccess"));
    }

    @Test
    void limitsTheLength() {
        String name = AttachmentName.of("x".repeat(1000) + ".pdf");
        assertEquals(AttachmentName.MAX_STEM + 4, name.length());
        assertTrue(name.endsWith(".pdf"));
    }
}
