package de.netzwerkbuero.platform.api.audit;

import java.io.Serializable;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What a module tells the audit trail about one change: the action, the entity and the changed fields.
 * Who and when are added by the trail itself. Build with {@link #of} and {@link #change}.
 */
public final class AuditRecord implements Serializable {

    private final String action;
    private final String entityType;
    private final String entityId;
    private final LinkedHashMap<String, FieldChange> changes = new LinkedHashMap<>();

    private AuditRecord(String action, String entityType, String entityId) {
        this.action = Objects.requireNonNull(action);
        this.entityType = Objects.requireNonNull(entityType);
        this.entityId = entityId;
    }

    public static AuditRecord of(String action, String entityType, Object entityId) {
        return new AuditRecord(action, entityType, entityId == null ? null : String.valueOf(entityId));
    }

    /** Records a field's change; unchanged values are left out. */
    public AuditRecord change(String field, Object before, Object after) {
        String b = before == null ? null : String.valueOf(before);
        String a = after == null ? null : String.valueOf(after);
        if (!Objects.equals(b, a)) {
            changes.put(field, new FieldChange(b, a));
        }
        return this;
    }

    /** Records a field's value on creation. */
    public AuditRecord set(String field, Object value) {
        return change(field, null, value);
    }

    public String action() {
        return action;
    }

    public String entityType() {
        return entityType;
    }

    public String entityId() {
        return entityId;
    }

    public Map<String, FieldChange> changes() {
        return Collections.unmodifiableMap(changes);
    }

    public boolean hasChanges() {
        return !changes.isEmpty();
    }
}
