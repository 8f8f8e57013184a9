package de.netzwerkbuero.platform.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import de.netzwerkbuero.platform.api.audit.AuditRecord;

import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;

/** One row of the append-only audit trail. Content is fixed at creation; the chain fields are set once. */
@Entity
@Table(schema = "platform", name = "audit_entry")
public class StoredAuditEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_seq")
    @SequenceGenerator(name = "audit_seq", sequenceName = "platform.audit_seq", allocationSize = 50)
    private Long id;

    @Column(nullable = false, updatable = false)
    private OffsetDateTime at;

    @Column(nullable = false, updatable = false)
    private String actor;

    @Column(nullable = false, updatable = false)
    private String action;

    @Column(name = "entity_type", nullable = false, updatable = false)
    private String entityType;

    @Column(name = "entity_id", updatable = false)
    private String entityId;

    @Column(nullable = false, updatable = false)
    private String changes;

    private Long position;

    @Column(name = "previous_hash")
    private String previousHash;

    private String hash;

    protected StoredAuditEntry() {
    }

    public StoredAuditEntry(OffsetDateTime at, String actor, String action, String entityType, String entityId,
                            String changes) {
        this.at = at;
        this.actor = actor;
        this.action = action;
        this.entityType = entityType;
        this.entityId = entityId;
        this.changes = changes;
    }

    /** A new, unchained entry for the record, written by the actor at the given time (stored to the microsecond). */
    public static StoredAuditEntry of(String actor, AuditRecord record, OffsetDateTime at) {
        return new StoredAuditEntry(at.truncatedTo(ChronoUnit.MICROS), actor, record.action(), record.entityType(),
                record.entityId(), ChangesJson.write(record.changes()));
    }

    /** Links this entry behind its predecessor; returns the new hash. */
    public String chainAfter(long predecessorPosition, String predecessorHash) {
        if (hash != null) {
            throw new IllegalStateException("audit entry " + id + " is already chained");
        }
        position = predecessorPosition + 1;
        previousHash = predecessorHash;
        hash = contentHash(position, predecessorHash);
        return hash;
    }

    /** The hash this entry must have at the given position behind the given predecessor. */
    public String contentHash(long atPosition, String predecessorHash) {
        return AuditHash.of(atPosition, predecessorHash, id, at, actor, action, entityType, entityId, changes);
    }

    public Long getId() {
        return id;
    }

    public OffsetDateTime getAt() {
        return at;
    }

    public String getActor() {
        return actor;
    }

    public String getAction() {
        return action;
    }

    public String getEntityType() {
        return entityType;
    }

    public String getEntityId() {
        return entityId;
    }

    public String getChanges() {
        return changes;
    }

    public Long getPosition() {
        return position;
    }

    public String getPreviousHash() {
        return previousHash;
    }

    public String getHash() {
        return hash;
    }
}
