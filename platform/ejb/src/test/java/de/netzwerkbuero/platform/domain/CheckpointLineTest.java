package de.netzwerkbuero.platform.domain;

import de.netzwerkbuero.platform.api.audit.AuditCheckpoint;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CheckpointLineTest {

    private static final String HASH = "ab".repeat(32);
    private static final OffsetDateTime AT = OffsetDateTime.of(2026, 12, 2, 2, 30, 0, 0, ZoneOffset.ofHours(1));

    @Test
    void aCheckpointIsOneReadableLine() {
        AuditCheckpoint c = new AuditCheckpoint(1234, 5678L, HASH, AT, "system");
        assertEquals("checkpoint at=2026-12-02T02:30:00+01:00 position=1234 entry=5678 hash=" + HASH + " by=system",
                CheckpointLine.format(c));
    }

    @Test
    void theLineParsesBackToTheSameCheckpoint() {
        AuditCheckpoint c = new AuditCheckpoint(1234, 5678L, HASH, AT.withNano(123_456_000), "Anna Prüfer");
        String line = CheckpointLine.format(c);
        assertFalse(line.contains("Anna Prüfer"), "spaces in the name must not split the line: " + line);
        assertEquals(c, CheckpointLine.parse(line));
    }

    @Test
    void theEmptyChainHasNoEntry() {
        AuditCheckpoint empty = new AuditCheckpoint(0, null, AuditHash.GENESIS, AT, "admin");
        String line = CheckpointLine.format(empty);
        assertTrue(line.contains(" position=0 entry=- "), line);
        assertEquals(empty, CheckpointLine.parse(line));
    }

    @Test
    void fieldsMayComeInAnyOrderAndUnknownOnesAreIgnored() {
        AuditCheckpoint parsed = CheckpointLine.parse("checkpoint  hash=" + HASH
                + " by=system position=7 note=later entry=99 at=2026-12-02T01:30:00Z ");
        assertEquals(new AuditCheckpoint(7, 99L, HASH, OffsetDateTime.parse("2026-12-02T01:30:00Z"), "system"), parsed);
    }

    @Test
    void malformedLinesAreRefusedWithTheReason() {
        String good = "checkpoint at=2026-12-02T02:30:00+01:00 position=3 entry=9 hash=" + HASH + " by=system";
        assertTrue(message(good.replace("checkpoint", "checkpunkt")).contains("does not start"));
        assertTrue(message(good.replace(" position=3", "")).contains("\"position\" is missing"));
        assertTrue(message(good.replace("position=3", "position=drei")).contains("\"position\" is not a number"));
        assertTrue(message(good.replace("entry=9", "entry=-")).contains("does not fit"));
        assertTrue(message(good.replace(HASH, HASH.substring(1))).contains("hash"));
        assertTrue(message(good.replace(HASH, HASH.toUpperCase())).contains("hash"));
        assertTrue(message(good.replace("+01:00", "")).contains("\"at\""));
        assertTrue(message(good + " stray").contains("key=value"));
    }

    @Test
    void blankLinesAndCommentsAreNoCheckpoints() {
        assertTrue(CheckpointLine.isComment(""));
        assertTrue(CheckpointLine.isComment("   "));
        assertTrue(CheckpointLine.isComment("# copied to the safe on 2026-12-03"));
        assertFalse(CheckpointLine.isComment("checkpoint at=..."));
    }

    private static String message(String line) {
        return assertThrows(CheckpointLine.MalformedLineException.class, () -> CheckpointLine.parse(line)).getMessage();
    }
}
