package de.netzwerkbuero.funding.domain;

import de.netzwerkbuero.funding.api.ReportKind;
import de.netzwerkbuero.funding.domain.ReportDigest.AttachmentFact;
import de.netzwerkbuero.funding.domain.ReportDigest.Content;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReportDigestTest {

    private static final AttachmentFact RECEIPTS = new AttachmentFact("belege.pdf", 1234, "a".repeat(64));
    private static final AttachmentFact MINUTES = new AttachmentFact("protokoll.pdf", 99, "b".repeat(64));

    private static Content content(String text, List<AttachmentFact> attachments) {
        return new Content(17, ReportKind.INTERIM_PROOF, null, 2024, 1, text, attachments);
    }

    @Test
    void canonicalFormNamesEverythingThatWasSubmitted() {
        assertEquals("""
                netzwerkbuero-report/1
                project: 17
                kind: INTERIM_PROOF
                milestone: -
                fiscal-year: 2024
                version: 1
                attachment: aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa 1234 belege.pdf
                attachment: bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb 99 protokoll.pdf
                text:
                Zeile 1
                Zeile 2""", ReportDigest.canonical(content("Zeile 1\r\nZeile 2", List.of(MINUTES, RECEIPTS))));
    }

    @Test
    void digestIsTheSha256OfTheCanonicalForm() {
        Content c = content("Sachbericht", List.of(RECEIPTS));
        assertEquals(Sha256.hex(ReportDigest.canonical(c)), ReportDigest.sha256(c));
        assertTrue(ReportDigest.sha256(c).matches("[0-9a-f]{64}"));
    }

    @Test
    void knownVector() {
        assertEquals("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", Sha256.hex(""));
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", Sha256.hex("abc"));
    }

    @Test
    void sameContentSameDigestWhateverTheOrderOrLineEndings() {
        assertEquals(ReportDigest.sha256(content("a\r\nb", List.of(RECEIPTS, MINUTES))),
                ReportDigest.sha256(content("a\nb", List.of(MINUTES, RECEIPTS))));
    }

    @Test
    void anyChangeChangesTheDigest() {
        String base = ReportDigest.sha256(content("Sachbericht", List.of(RECEIPTS)));
        assertNotEquals(base, ReportDigest.sha256(content("Sachbericht.", List.of(RECEIPTS))));
        assertNotEquals(base, ReportDigest.sha256(content("Sachbericht", List.of())));
        assertNotEquals(base, ReportDigest.sha256(content("Sachbericht",
                List.of(new AttachmentFact("belege.pdf", 1234, "c".repeat(64))))));
        assertNotEquals(base, ReportDigest.sha256(new Content(17, ReportKind.INTERIM_PROOF, null, 2024, 2,
                "Sachbericht", List.of(RECEIPTS))));
    }
}
