package de.netzwerkbuero.platform.api.audit;

import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.Map;

/**
 * A stored audit entry. {@code position}, {@code hash} and {@code previousHash} are {@code null}
 * until the chainer has linked the entry, shortly after its transaction committed.
 */
public record AuditEntry(long id, OffsetDateTime at, String actor, String action, String entityType,
                         String entityId, Map<String, FieldChange> changes, Long position, String hash,
                         String previousHash) implements Serializable {

    public AuditEntry {
        changes = Map.copyOf(changes);
    }

    public boolean chained() {
        return hash != null;
    }
}
