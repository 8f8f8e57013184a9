package de.netzwerkbuero.platform.boundary;

import de.netzwerkbuero.platform.api.Roles;
import de.netzwerkbuero.platform.api.audit.AuditEntry;
import de.netzwerkbuero.platform.api.audit.AuditLog;
import de.netzwerkbuero.platform.api.audit.AuditQuery;
import de.netzwerkbuero.platform.api.audit.AuditSlice;
import de.netzwerkbuero.platform.api.audit.AuditVerification;
import de.netzwerkbuero.platform.api.audit.CheckpointCheck;
import de.netzwerkbuero.platform.api.audit.CheckpointStatus;
import de.netzwerkbuero.platform.domain.AuditHash;
import de.netzwerkbuero.platform.domain.ChangesJson;
import de.netzwerkbuero.platform.domain.CheckpointComparison;
import de.netzwerkbuero.platform.domain.StoredAuditEntry;
import de.netzwerkbuero.platform.infrastructure.AuditRepository;
import de.netzwerkbuero.platform.infrastructure.CheckpointFile;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.util.List;
import java.util.OptionalLong;
import java.util.function.Consumer;

/** Reading, exporting and verifying the audit trail: auditors and administrators. */
@Stateless
@RolesAllowed({Roles.AUDITOR, Roles.ADMIN})
public class AuditLogBean implements AuditLog {

    private static final int CHUNK = 2_000;

    @Inject
    private AuditRepository entries;

    @EJB
    private AuditChainer chainer;

    @Inject
    private CheckpointFile checkpointFile;

    @Override
    public AuditSlice read(AuditQuery query) {
        List<StoredAuditEntry> rows = entries.slice(query);
        boolean more = rows.size() > query.limit();
        List<AuditEntry> page = rows.stream().limit(query.limit()).map(AuditLogBean::view).toList();
        Long next = more ? page.get(page.size() - 1).id() : null;
        return new AuditSlice(page, next, entries.unchainedCount());
    }

    @Override
    public AuditVerification verify() {
        long expectedPosition = 0;
        String previousHash = AuditHash.GENESIS;
        long checked = 0;
        List<StoredAuditEntry> chunk;
        do {
            chunk = entries.chainAfter(expectedPosition, CHUNK);
            for (StoredAuditEntry e : chunk) {
                expectedPosition++;
                String broken = brokenReason(e, expectedPosition, previousHash);
                if (broken != null) {
                    return new AuditVerification(false, checked, entries.unchainedCount(), e.getId(), e.getPosition(),
                            broken, false, checkpointCheck());
                }
                previousHash = e.getHash();
                checked++;
            }
            entries.detach(chunk);
        } while (chunk.size() == CHUNK);
        CheckpointCheck checkpoint = checkpointCheck();
        var head = entries.head();
        if (head.getPosition() != expectedPosition || !head.getHash().equals(previousHash)) {
            return new AuditVerification(false, checked, entries.unchainedCount(), null, expectedPosition + 1,
                    "entries after position " + expectedPosition + " are missing (the chain head is at "
                            + head.getPosition() + ")", true, checkpoint);
        }
        if (checkpoint.failed()) {
            return new AuditVerification(false, checked, entries.unchainedCount(), null,
                    checkpoint.status() == CheckpointStatus.TRUNCATED ? expectedPosition + 1 : null,
                    checkpoint.detail(), checkpoint.status() == CheckpointStatus.TRUNCATED, checkpoint);
        }
        return new AuditVerification(true, checked, entries.unchainedCount(), null, null, null, false, checkpoint);
    }

    /** The chain compared with the last checkpoint in the log outside the database. */
    private CheckpointCheck checkpointCheck() {
        OptionalLong recorded = entries.entityIds(AuditCheckpointer.ENTITY_TYPE, AuditCheckpointer.ACTION).stream()
                .filter(id -> id != null && id.matches("\\d{1,18}")).mapToLong(Long::parseLong).max();
        return CheckpointComparison.compare(checkpointFile.read(), recorded, entries.chainEnd(),
                position -> entries.atPosition(position)
                        .map(e -> new CheckpointComparison.StoredLink(e.getId(), e.getHash())));
    }

    private static String brokenReason(StoredAuditEntry e, long expectedPosition, String previousHash) {
        if (e.getPosition() != expectedPosition) {
            return "entry at position " + expectedPosition + " is missing";
        }
        if (!previousHash.equals(e.getPreviousHash())) {
            return "the link to the previous entry does not match";
        }
        if (!e.contentHash(e.getPosition(), e.getPreviousHash()).equals(e.getHash())) {
            return "the content does not match its hash";
        }
        return null;
    }

    @Override
    public void export(AuditQuery filters, Consumer<AuditEntry> sink) {
        long afterId = 0;
        List<StoredAuditEntry> chunk;
        do {
            chunk = entries.chunkAfter(filters, afterId, CHUNK);
            for (StoredAuditEntry e : chunk) {
                sink.accept(view(e));
                afterId = e.getId();
            }
            entries.detach(chunk);
        } while (chunk.size() == CHUNK);
    }

    @Override
    public int chainPending() {
        return chainer.chainPending();
    }

    static AuditEntry view(StoredAuditEntry e) {
        return new AuditEntry(e.getId(), e.getAt(), e.getActor(), e.getAction(), e.getEntityType(), e.getEntityId(),
                ChangesJson.read(e.getChanges()), e.getPosition(), e.getHash(), e.getPreviousHash());
    }
}
