package de.netzwerkbuero.platform.boundary;

import de.netzwerkbuero.platform.api.Roles;
import de.netzwerkbuero.platform.api.audit.AuditCheckpoint;
import de.netzwerkbuero.platform.api.audit.AuditCheckpoints;
import de.netzwerkbuero.platform.api.error.RuleViolationException;
import de.netzwerkbuero.platform.domain.CheckpointLog;
import de.netzwerkbuero.platform.infrastructure.CheckpointFile;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.util.List;

/** Checkpoints on demand and the checkpoint log: auditors and administrators. */
@Stateless
@RolesAllowed({Roles.AUDITOR, Roles.ADMIN})
public class AuditCheckpointsBean implements AuditCheckpoints {

    @EJB
    private AuditCheckpointer checkpointer;
    @Inject
    private CheckpointFile file;

    @Override
    public AuditCheckpoint take() {
        return checkpointer.checkpoint();
    }

    @Override
    public List<AuditCheckpoint> list() {
        CheckpointLog log = file.read();
        if (log.state() == CheckpointLog.State.UNREADABLE) {
            throw new RuleViolationException("auditCheckpointLogUnreadable",
                    "The audit checkpoint log cannot be read: {0}", log.problem());
        }
        return log.newestFirst();
    }
}
