package de.netzwerkbuero.platform.domain;

import de.netzwerkbuero.platform.api.audit.AuditCheckpoint;
import de.netzwerkbuero.platform.api.audit.CheckpointCheck;
import de.netzwerkbuero.platform.api.audit.CheckpointStatus;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.LongFunction;

/**
 * Compares the stored chain with the last checkpoint kept outside the database. The hash chain already
 * proves every entry up to its end; only the checkpoint proves that the end is where it was: a chain cut
 * off at the end, with its head moved back, still links up perfectly.
 */
public final class CheckpointComparison {

    /** A chained entry as stored: its id and hash. */
    public record StoredLink(long id, String hash) {
    }

    private CheckpointComparison() {
    }

    /**
     * @param log                the checkpoint log as read
     * @param recordedInTrail    the highest position the audit trail records a checkpoint for (empty if none)
     * @param chainEnd           the highest position stored in the chain
     * @param storedAt           the chained entry at a position, if there is one
     */
    public static CheckpointCheck compare(CheckpointLog log, OptionalLong recordedInTrail, long chainEnd,
                                          LongFunction<Optional<StoredLink>> storedAt) {
        if (log.state() == CheckpointLog.State.UNREADABLE) {
            return new CheckpointCheck(CheckpointStatus.FILE_UNREADABLE, null, chainEnd,
                    "the checkpoint file cannot be read (" + log.problem() + "), so the chain's completeness"
                            + " cannot be proven");
        }
        Optional<AuditCheckpoint> found = log.last();
        if (found.isEmpty()) {
            return recordedInTrail.isPresent()
                    ? new CheckpointCheck(CheckpointStatus.FILE_MISSING, null, chainEnd,
                    "the checkpoint file is missing or empty although the audit trail records a checkpoint at"
                            + " position " + recordedInTrail.getAsLong()
                            + ", so the chain's completeness cannot be proven")
                    : new CheckpointCheck(CheckpointStatus.NONE, null, chainEnd,
                    "no checkpoint has been taken yet, so the chain's completeness cannot be proven");
        }
        AuditCheckpoint last = found.get();
        String of = "the checkpoint of " + last.at() + " at position " + last.position();
        if (last.position() == 0) {
            if (!AuditHash.GENESIS.equals(last.hash())) {
                return new CheckpointCheck(CheckpointStatus.MISMATCH, last, chainEnd,
                        of + " does not carry the hash of the empty chain");
            }
        } else {
            Optional<StoredLink> stored = last.position() > chainEnd ? Optional.empty() : storedAt.apply(last.position());
            if (stored.isEmpty()) {
                return new CheckpointCheck(CheckpointStatus.TRUNCATED, last, chainEnd,
                        "the chain ends at position " + chainEnd + ", before " + of
                                + ": its newest entries were removed");
            }
            if (stored.get().id() != last.entryId() || !Objects.equals(stored.get().hash(), last.hash())) {
                return new CheckpointCheck(CheckpointStatus.MISMATCH, last, chainEnd,
                        "the entry at position " + last.position() + " differs from " + of
                                + ": the chain was rewritten");
            }
        }
        if (recordedInTrail.isPresent() && recordedInTrail.getAsLong() > last.position()) {
            return new CheckpointCheck(CheckpointStatus.FILE_BEHIND, last, chainEnd,
                    "the audit trail records a checkpoint at position " + recordedInTrail.getAsLong()
                            + ", beyond the checkpoint file's last (position " + last.position()
                            + "): lines were removed from the file");
        }
        return new CheckpointCheck(CheckpointStatus.CONFIRMED, last, chainEnd,
                "the chain still reaches " + of);
    }
}
