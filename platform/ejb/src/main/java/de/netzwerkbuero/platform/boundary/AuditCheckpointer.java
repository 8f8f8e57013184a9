package de.netzwerkbuero.platform.boundary;

import de.netzwerkbuero.platform.api.Roles;
import de.netzwerkbuero.platform.api.account.Directory;
import de.netzwerkbuero.platform.api.audit.AuditCheckpoint;
import de.netzwerkbuero.platform.api.audit.AuditRecord;
import de.netzwerkbuero.platform.api.audit.AuditTrail;
import de.netzwerkbuero.platform.api.clock.BusinessClock;
import de.netzwerkbuero.platform.api.mail.Mailer;
import de.netzwerkbuero.platform.domain.AuditChainHead;
import de.netzwerkbuero.platform.infrastructure.AuditRepository;
import de.netzwerkbuero.platform.infrastructure.CheckpointFile;
import de.netzwerkbuero.platform.infrastructure.CheckpointMails;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.time.temporal.ChronoUnit;
import java.util.logging.Logger;

/**
 * Takes a checkpoint of the chain head: writes it to the log outside the database, records it in the audit
 * trail and mails it to every auditor (through the outbox, so only once the checkpoint committed). Internal:
 * callers are {@link AuditCheckpointsBean} and the daily timer (which runs as administrator).
 */
@Stateless
@RolesAllowed({Roles.AUDITOR, Roles.ADMIN})
public class AuditCheckpointer {

    static final String ACTION = "AUDIT_CHECKPOINT";
    static final String ENTITY_TYPE = "AuditCheckpoint";

    private static final Logger LOG = Logger.getLogger(AuditCheckpointer.class.getName());

    @Inject
    private AuditRepository entries;
    @Inject
    private CheckpointFile file;
    @EJB
    private AuditChainer chainer;
    @EJB
    private AuditTrail audit;
    @EJB
    private Directory directory;
    @EJB
    private Mailer mailer;
    @EJB
    private BusinessClock clock;
    @Resource
    private SessionContext context;

    public AuditCheckpoint checkpoint() {
        chainer.chainPending();
        // The head's row lock keeps the chainer (and a second checkpoint, on any node) out until this commits,
        // so the log's lines follow the chain's order.
        AuditChainHead head = entries.lockHead();
        Long entryId = head.getPosition() == 0 ? null
                : entries.atPosition(head.getPosition()).orElseThrow(() -> new IllegalStateException(
                "the chain head names position " + head.getPosition() + ", which holds no entry")).getId();
        AuditCheckpoint checkpoint = new AuditCheckpoint(head.getPosition(), entryId, head.getHash(),
                clock.nowInOffice().truncatedTo(ChronoUnit.SECONDS), CallerIdentity.name(context));
        file.append(checkpoint);
        audit.record(AuditRecord.of(ACTION, ENTITY_TYPE, checkpoint.position())
                .set("entryId", entryId).set("hash", checkpoint.hash()).set("at", checkpoint.at()));
        int mailed = 0;
        for (var auditor : directory.withRole(Roles.AUDITOR)) {
            var mail = CheckpointMails.checkpoint(auditor, checkpoint);
            if (mail.isPresent()) {
                mailer.enqueue(mail.get());
                mailed++;
            }
        }
        int recipients = mailed;
        LOG.info(() -> "Audit checkpoint at position " + checkpoint.position() + " written and mailed to "
                + recipients + " auditor(s)");
        return checkpoint;
    }
}
