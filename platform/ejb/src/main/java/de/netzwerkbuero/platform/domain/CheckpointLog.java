package de.netzwerkbuero.platform.domain;

import de.netzwerkbuero.platform.api.audit.AuditCheckpoint;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * What was read from the checkpoint log: whether the file exists and could be read, and its checkpoints in
 * file order. {@code problem} says why an unreadable log could not be read.
 */
public record CheckpointLog(State state, List<AuditCheckpoint> checkpoints, String problem) {

    public enum State { ABSENT, READ, UNREADABLE }

    public CheckpointLog {
        checkpoints = List.copyOf(checkpoints);
    }

    public static CheckpointLog absent() {
        return new CheckpointLog(State.ABSENT, List.of(), null);
    }

    public static CheckpointLog read(List<AuditCheckpoint> checkpoints) {
        return new CheckpointLog(State.READ, checkpoints, null);
    }

    public static CheckpointLog unreadable(String problem) {
        return new CheckpointLog(State.UNREADABLE, List.of(), problem);
    }

    /** The checkpoint furthest along the chain (the later line on a tie): the one the chain must still reach. */
    public Optional<AuditCheckpoint> last() {
        AuditCheckpoint last = null;
        for (AuditCheckpoint c : checkpoints) {
            if (last == null || c.position() >= last.position()) {
                last = c;
            }
        }
        return Optional.ofNullable(last);
    }

    /** Newest first, for listing. */
    public List<AuditCheckpoint> newestFirst() {
        return checkpoints.stream().sorted(Comparator.comparing(AuditCheckpoint::position)
                .thenComparing(AuditCheckpoint::at).reversed()).toList();
    }
}
