package de.netzwerkbuero.platform.api.audit;

import java.io.Serializable;
import java.time.OffsetDateTime;

/**
 * Filters and keyset position for reading the audit trail, newest first. {@code beforeId} is the id of
 * the last entry of the previous page ({@code null} for the first page). Every filter is optional.
 */
public record AuditQuery(String actor, String entityType, String entityId, String action,
                         OffsetDateTime from, OffsetDateTime to, Long beforeId, int limit) implements Serializable {

    public static final int MAX_LIMIT = 1000;

    public AuditQuery {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT);
        }
    }

    public static AuditQuery latest(int limit) {
        return new AuditQuery(null, null, null, null, null, null, null, limit);
    }

    public static AuditQuery forEntity(String entityType, String entityId, int limit) {
        return new AuditQuery(null, entityType, entityId, null, null, null, null, limit);
    }

    public AuditQuery after(long lastIdOfPreviousPage) {
        return new AuditQuery(actor, entityType, entityId, action, from, to, lastIdOfPreviousPage, limit);
    }
}
