package de.netzwerkbuero.platform.api.audit;

import java.io.Serializable;
import java.util.List;

/** One keyset page of the audit trail; {@code nextBeforeId} is {@code null} on the last page. */
public record AuditSlice(List<AuditEntry> items, Long nextBeforeId, long unchainedCount) implements Serializable {

    public AuditSlice {
        items = List.copyOf(items);
    }
}
