package de.netzwerkbuero.platform.api.audit;

import java.io.Serializable;
import java.util.Objects;

/**
 * The chain compared with the last checkpoint of the log outside the database. {@code checkpoint} is that
 * checkpoint ({@code null} when none could be read), {@code chainEnd} the chain's last stored position and
 * {@code detail} an English explanation (the reason shown when the check fails).
 */
public record CheckpointCheck(CheckpointStatus status, AuditCheckpoint checkpoint, long chainEnd, String detail)
        implements Serializable {

    public CheckpointCheck {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(detail, "detail");
    }

    public boolean failed() {
        return status.failed();
    }
}
