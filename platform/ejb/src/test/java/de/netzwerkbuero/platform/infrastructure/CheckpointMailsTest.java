package de.netzwerkbuero.platform.infrastructure;

import de.netzwerkbuero.platform.api.account.AccountView;
import de.netzwerkbuero.platform.api.audit.AuditCheckpoint;
import de.netzwerkbuero.platform.api.mail.Mail;
import de.netzwerkbuero.platform.domain.CheckpointLine;
import org.junit.jupiter.api.Test;

import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CheckpointMailsTest {

    private static final AuditCheckpoint CHECKPOINT = new AuditCheckpoint(1234, 5678L, "ab".repeat(32),
            OffsetDateTime.parse("2026-12-02T01:30:00Z"), "system");

    @Test
    void theGermanMailCarriesTheLineToKeep() {
        Mail mail = CheckpointMails.checkpoint(auditor(true, "pruefung@example.org"), CHECKPOINT).orElseThrow();
        assertEquals("pruefung@example.org", mail.to());
        assertEquals("Audit-Prüfpunkt vom 02.12.2026 02:30: Kette bis Position 1234", mail.subject());
        assertTrue(mail.text().startsWith("Guten Tag Prüfung,"), mail.text());
        assertTrue(mail.text().contains("Position 1234 (Eintrag 5678)"), mail.text());
        assertTrue(mail.text().contains("\n" + CheckpointLine.format(CHECKPOINT) + "\n"), mail.text());
    }

    @Test
    void theEnglishTextComesFromItsOwnBundle() {
        Mail mail = CheckpointMails.checkpoint("a@example.org", "Ann", CHECKPOINT, Locale.ENGLISH);
        assertEquals("Audit checkpoint of 2026-12-02 02:30: chain up to position 1234", mail.subject());
        assertTrue(mail.text().contains("the server's checkpoint log"), mail.text());
        assertTrue(mail.text().contains(CheckpointLine.format(CHECKPOINT)), mail.text());
    }

    @Test
    void theEmptyChainHasNoEntryToName() {
        AuditCheckpoint empty = new AuditCheckpoint(0, null, "0".repeat(64), CHECKPOINT.at(), "system");
        assertTrue(CheckpointMails.checkpoint("a@example.org", "Ann", empty, Locale.GERMAN).text()
                .contains("(Eintrag keiner, die Kette ist leer)"));
    }

    @Test
    void disabledAccountsAndAccountsWithoutAddressGetNoMail() {
        assertTrue(CheckpointMails.checkpoint(auditor(false, "pruefung@example.org"), CHECKPOINT).isEmpty());
        assertTrue(CheckpointMails.checkpoint(auditor(true, " "), CHECKPOINT).isEmpty());
    }

    @Test
    void theCheckpointTimeIsConfigurable() {
        assertEquals(LocalTime.of(2, 30), CheckpointSettings.time(null));
        assertEquals(LocalTime.of(4, 5), CheckpointSettings.time("04:05"));
        assertEquals(LocalTime.of(2, 30), CheckpointSettings.time("halb drei"), "a wrong value keeps the default");
    }

    private static AccountView auditor(boolean enabled, String email) {
        return new AccountView(1, "auditor", "Prüfung", email, Set.of("auditor"), enabled, CHECKPOINT.at(), null, false, 0);
    }
}
