package de.netzwerkbuero.platform.api.audit;

import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * The head of the hash chain as written to the checkpoint log outside the database: the chain's last
 * position, that entry's id ({@code null} for the empty chain, position 0) and hash, when and by whom.
 */
public record AuditCheckpoint(long position, Long entryId, String hash, OffsetDateTime at, String takenBy)
        implements Serializable {

    public AuditCheckpoint {
        Objects.requireNonNull(hash, "hash");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(takenBy, "takenBy");
        if (position < 0) {
            throw new IllegalArgumentException("position must not be negative");
        }
    }
}
