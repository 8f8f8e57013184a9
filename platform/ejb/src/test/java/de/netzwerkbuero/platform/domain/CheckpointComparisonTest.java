package de.netzwerkbuero.platform.domain;

import de.netzwerkbuero.platform.api.audit.AuditCheckpoint;
import de.netzwerkbuero.platform.api.audit.CheckpointCheck;
import de.netzwerkbuero.platform.api.audit.CheckpointStatus;
import de.netzwerkbuero.platform.domain.CheckpointComparison.StoredLink;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.LongFunction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CheckpointComparisonTest {

    private static final OffsetDateTime AT = OffsetDateTime.parse("2026-12-02T02:30:00+01:00");
    private static final String H10 = "1".repeat(64);
    private static final String H12 = "2".repeat(64);

    /** A chain whose positions 10 and 12 hold entries 110 and 112 (the others are not asked for). */
    private static final Map<Long, StoredLink> CHAIN = Map.of(10L, new StoredLink(110, H10), 12L, new StoredLink(112, H12));
    private static final LongFunction<Optional<StoredLink>> STORED = p -> Optional.ofNullable(CHAIN.get(p));

    @Test
    void aChainThatStillHoldsTheLastCheckpointIsConfirmed() {
        CheckpointCheck check = compare(log(cp(10, 110L, H10)), OptionalLong.of(10), 12);
        assertEquals(CheckpointStatus.CONFIRMED, check.status());
        assertFalse(check.failed());
        assertEquals(10, check.checkpoint().position());
        assertEquals(12, check.chainEnd());
    }

    @Test
    void theCheckpointFurthestAlongTheChainIsTheOneCompared() {
        CheckpointCheck check = compare(log(cp(12, 112L, H12), cp(10, 110L, H10)), OptionalLong.of(12), 12);
        assertEquals(CheckpointStatus.CONFIRMED, check.status());
        assertEquals(12, check.checkpoint().position());
    }

    @Test
    void aChainEndingBeforeTheCheckpointIsTruncated() {
        CheckpointCheck check = compare(log(cp(10, 110L, H10), cp(12, 112L, H12)), OptionalLong.of(12), 10);
        assertEquals(CheckpointStatus.TRUNCATED, check.status());
        assertTrue(check.failed());
        assertTrue(check.detail().contains("ends at position 10"), check.detail());
        assertTrue(check.detail().contains("position 12"), check.detail());
    }

    @Test
    void aMissingEntryAtTheCheckpointsPositionIsTruncationEvenWhenLaterPositionsExist() {
        CheckpointCheck check = compare(log(cp(11, 111L, H10)), OptionalLong.empty(), 12);
        assertEquals(CheckpointStatus.TRUNCATED, check.status());
    }

    @Test
    void anotherHashOrAnotherEntryAtThePositionIsAMismatch() {
        assertEquals(CheckpointStatus.MISMATCH, compare(log(cp(10, 110L, H12)), OptionalLong.of(10), 12).status());
        assertEquals(CheckpointStatus.MISMATCH, compare(log(cp(10, 999L, H10)), OptionalLong.of(10), 12).status());
    }

    @Test
    void theEmptyChainsCheckpointMustCarryTheGenesisHash() {
        assertEquals(CheckpointStatus.CONFIRMED,
                compare(log(cp(0, null, AuditHash.GENESIS)), OptionalLong.of(0), 0).status());
        assertEquals(CheckpointStatus.MISMATCH, compare(log(cp(0, null, H10)), OptionalLong.of(0), 0).status());
    }

    @Test
    void noCheckpointAnywhereCannotProveCompletenessButIsNoFailure() {
        CheckpointCheck check = compare(CheckpointLog.absent(), OptionalLong.empty(), 12);
        assertEquals(CheckpointStatus.NONE, check.status());
        assertFalse(check.failed());
        assertNull(check.checkpoint());
        assertTrue(check.detail().contains("cannot be proven"), check.detail());
    }

    @Test
    void aMissingOrEmptyFileAfterCheckpointsWereTakenFails() {
        assertEquals(CheckpointStatus.FILE_MISSING, compare(CheckpointLog.absent(), OptionalLong.of(10), 12).status());
        CheckpointCheck empty = compare(CheckpointLog.read(List.of()), OptionalLong.of(10), 12);
        assertEquals(CheckpointStatus.FILE_MISSING, empty.status());
        assertTrue(empty.failed());
    }

    @Test
    void anUnreadableFileFailsWithItsProblem() {
        CheckpointCheck check = compare(CheckpointLog.unreadable("line 3: \"hash\" is missing"), OptionalLong.of(10), 12);
        assertEquals(CheckpointStatus.FILE_UNREADABLE, check.status());
        assertTrue(check.detail().contains("line 3"), check.detail());
    }

    @Test
    void aFileBehindTheCheckpointsTheTrailRecordsFails() {
        CheckpointCheck check = compare(log(cp(10, 110L, H10)), OptionalLong.of(12), 12);
        assertEquals(CheckpointStatus.FILE_BEHIND, check.status());
        assertTrue(check.detail().contains("position 12"), check.detail());
    }

    @Test
    void truncationIsReportedBeforeAFileBehind() {
        assertEquals(CheckpointStatus.TRUNCATED, compare(log(cp(12, 112L, H12)), OptionalLong.of(14), 10).status());
    }

    private static CheckpointCheck compare(CheckpointLog log, OptionalLong recorded, long chainEnd) {
        return CheckpointComparison.compare(log, recorded, chainEnd, STORED);
    }

    private static CheckpointLog log(AuditCheckpoint... checkpoints) {
        return CheckpointLog.read(List.of(checkpoints));
    }

    private static AuditCheckpoint cp(long position, Long entryId, String hash) {
        return new AuditCheckpoint(position, entryId, hash, AT, "system");
    }
}
