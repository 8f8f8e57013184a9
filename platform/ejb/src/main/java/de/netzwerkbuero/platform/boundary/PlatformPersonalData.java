package de.netzwerkbuero.platform.boundary;

import de.netzwerkbuero.platform.api.Roles;
import de.netzwerkbuero.platform.api.audit.AuditQuery;
import de.netzwerkbuero.platform.api.audit.AuditRecord;
import de.netzwerkbuero.platform.api.audit.AuditTrail;
import de.netzwerkbuero.platform.api.audit.FieldChange;
import de.netzwerkbuero.platform.api.privacy.ModuleOutcome;
import de.netzwerkbuero.platform.api.privacy.PersonExport;
import de.netzwerkbuero.platform.domain.OutboxMail;
import de.netzwerkbuero.platform.domain.StoredAuditEntry;
import de.netzwerkbuero.platform.infrastructure.AuditRepository;
import de.netzwerkbuero.platform.infrastructure.OutboxMails;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The platform's part of the DSGVO requests: mail to the address (export; deletion on erasure, which cancels
 * mail still waiting) and the audit entries about the person's records (export only: the trail is append-only,
 * which is why no module writes personal values into it). Each call is a transaction of its own.
 */
@Stateless
@LocalBean
@RolesAllowed(Roles.OFFICE)
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class PlatformPersonalData {

    static final String MODULE = "platform";
    private static final int AUDIT_ENTRIES_PER_SUBJECT = AuditQuery.MAX_LIMIT;

    @Inject
    private OutboxMails outbox;

    @Inject
    private AuditRepository auditEntries;

    @EJB
    private AuditTrail audit;

    /** Adds the sections {@code mails} and {@code audit}; returns the counts. */
    public Map<String, Integer> export(PersonExport request) {
        JsonArrayBuilder mails = Json.createArrayBuilder();
        List<OutboxMail> found = new ArrayList<>();
        request.emails().forEach(address -> found.addAll(outbox.to(address)));
        for (OutboxMail mail : found) {
            JsonObjectBuilder m = Json.createObjectBuilder().add("id", mail.getId())
                    .add("subject", mail.getSubject())
                    .add("createdAt", mail.getCreatedAt().toString())
                    .add("status", mail.status());
            if (mail.getSentAt() != null) {
                m.add("sentAt", mail.getSentAt().toString());
            }
            mails.add(m);
        }
        JsonArrayBuilder entries = Json.createArrayBuilder();
        int auditCount = 0;
        for (PersonExport.Subject subject : request.subjects()) {
            for (StoredAuditEntry e : auditEntries.slice(AuditQuery.forEntity(subject.entityType(), subject.entityId(),
                    AUDIT_ENTRIES_PER_SUBJECT))) {
                entries.add(auditEntry(e));
                auditCount++;
            }
        }
        request.add("mails", mails.build());
        request.add("audit", entries.build());
        return Map.of("mails", found.size(), "auditEntries", auditCount);
    }

    /**
     * Deletes every mail to the person's addresses (sent or waiting) and records that, under the erasure's
     * reference.
     */
    public Map<String, Integer> erase(String erasureId, Set<String> emails) {
        int mails = 0;
        for (String address : emails) {
            mails += outbox.deleteTo(address);
        }
        audit.record(AuditRecord.of("PERSON_ERASED", "Person", erasureId).set("module", MODULE).set("mails", mails));
        return Map.of("mails", mails);
    }

    /** Records that an export was made, with what it held per module, but not whom it was about. */
    public void exported(String exportId, List<ModuleOutcome> outcomes) {
        AuditRecord record = AuditRecord.of("PERSON_EXPORTED", "Person", exportId);
        for (ModuleOutcome outcome : outcomes) {
            if (outcome.succeeded()) {
                outcome.counts().forEach((kind, count) -> record.set(outcome.module() + "." + kind, count));
            } else {
                record.set(outcome.module(), "failed");
            }
        }
        audit.record(record);
    }

    private static JsonObject auditEntry(StoredAuditEntry stored) {
        var e = AuditLogBean.view(stored);
        JsonObjectBuilder changes = Json.createObjectBuilder();
        for (Map.Entry<String, FieldChange> change : e.changes().entrySet()) {
            JsonObjectBuilder c = Json.createObjectBuilder();
            put(c, "before", change.getValue().before());
            put(c, "after", change.getValue().after());
            changes.add(change.getKey(), c);
        }
        JsonObjectBuilder entry = Json.createObjectBuilder().add("id", e.id()).add("at", e.at().toString())
                .add("action", e.action()).add("entityType", e.entityType()).add("changes", changes);
        put(entry, "actor", e.actor());
        put(entry, "entityId", e.entityId());
        return entry.build();
    }

    private static void put(JsonObjectBuilder object, String name, String value) {
        if (value == null) {
            object.addNull(name);
        } else {
            object.add(name, value);
        }
    }
}
