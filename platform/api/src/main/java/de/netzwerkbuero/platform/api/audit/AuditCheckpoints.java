package de.netzwerkbuero.platform.api.audit;

import jakarta.ejb.Local;

import java.util.List;

/**
 * Checkpoints of the audit chain's head, written to an append-only log outside the database and mailed to
 * every auditor, so that cutting off the chain's newest entries does not go unnoticed. A timer takes one
 * daily; auditors and administrators can take one on demand and read the log.
 */
@Local
public interface AuditCheckpoints {

    /** Chains what is pending, then writes the chain head to the checkpoint log and mails it to the auditors. */
    AuditCheckpoint take();

    /** The checkpoints in the log, newest first. Refused when the log cannot be read. */
    List<AuditCheckpoint> list();
}
