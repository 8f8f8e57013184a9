package de.netzwerkbuero.platform.domain;

import de.netzwerkbuero.platform.api.audit.AuditRecord;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Field;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class AuditHashTest {

    private static final OffsetDateTime AT = OffsetDateTime.of(2026, 5, 4, 12, 30, 0, 123_456_000, ZoneOffset.ofHours(2));

    @Test
    void theHashIsSha256OfTheCanonicalContent() {
        String hash = AuditHash.of(1, AuditHash.GENESIS, 7, AT, "office", "MEMBER_CREATED", "Member", "42", "{}");
        assertEquals(64, hash.length());
        assertEquals(hash, AuditHash.of(1, AuditHash.GENESIS, 7, AT.withOffsetSameInstant(ZoneOffset.UTC), "office",
                "MEMBER_CREATED", "Member", "42", "{}"), "the same instant in another offset hashes the same");
    }

    @Test
    void everyFieldAndTheLinkChangeTheHash() {
        String base = AuditHash.of(1, AuditHash.GENESIS, 7, AT, "office", "A", "Member", "42", "{}");
        assertNotEquals(base, AuditHash.of(2, AuditHash.GENESIS, 7, AT, "office", "A", "Member", "42", "{}"));
        assertNotEquals(base, AuditHash.of(1, "1".repeat(64), 7, AT, "office", "A", "Member", "42", "{}"));
        assertNotEquals(base, AuditHash.of(1, AuditHash.GENESIS, 8, AT, "office", "A", "Member", "42", "{}"));
        assertNotEquals(base, AuditHash.of(1, AuditHash.GENESIS, 7, AT.plusNanos(1000), "office", "A", "Member", "42", "{}"));
        assertNotEquals(base, AuditHash.of(1, AuditHash.GENESIS, 7, AT, "admin", "A", "Member", "42", "{}"));
        assertNotEquals(base, AuditHash.of(1, AuditHash.GENESIS, 7, AT, "office", "B", "Member", "42", "{}"));
        assertNotEquals(base, AuditHash.of(1, AuditHash.GENESIS, 7, AT, "office", "A", "Contact", "42", "{}"));
        assertNotEquals(base, AuditHash.of(1, AuditHash.GENESIS, 7, AT, "office", "A", "Member", "43", "{}"));
        assertNotEquals(base, AuditHash.of(1, AuditHash.GENESIS, 7, AT, "office", "A", "Member", "42", "{\"a\":1}"));
    }

    @Test
    void entriesChainBehindTheirPredecessorOnce() throws Exception {
        StoredAuditEntry first = entry(1L, "first");
        StoredAuditEntry second = entry(2L, "second");
        String h1 = first.chainAfter(0, AuditHash.GENESIS);
        String h2 = second.chainAfter(1, h1);
        assertEquals(1L, first.getPosition());
        assertEquals(2L, second.getPosition());
        assertEquals(h1, second.getPreviousHash());
        assertEquals(h2, second.contentHash(2, h1));
        assertThrows(IllegalStateException.class, () -> first.chainAfter(5, h2));
    }

    @Test
    void changesAreStoredAsJsonAndReadBack() {
        AuditRecord record = AuditRecord.of("MEMBER_UPDATED", "Member", 42)
                .change("name", "Herzberg", "Herzberg (Elster)")
                .change("website", null, "https://herzberg.de")
                .change("unchanged", "x", "x");
        String json = ChangesJson.write(record.changes());
        assertEquals(record.changes(), ChangesJson.read(json));
        assertEquals(2, ChangesJson.read(json).size());
    }

    private static StoredAuditEntry entry(long id, String action) throws Exception {
        StoredAuditEntry e = StoredAuditEntry.of("office", AuditRecord.of(action, "Member", id), AT);
        Field f = StoredAuditEntry.class.getDeclaredField("id");
        f.setAccessible(true);
        f.set(e, id);
        return e;
    }
}
