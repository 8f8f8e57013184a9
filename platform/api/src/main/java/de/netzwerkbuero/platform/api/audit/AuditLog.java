package de.netzwerkbuero.platform.api.audit;

import jakarta.ejb.Local;

import java.util.function.Consumer;

/** Reading and checking the audit trail: for auditors and administrators. */
@Local
public interface AuditLog {

    AuditSlice read(AuditQuery query);

    /** Walks the whole chain in order; names the first entry whose content or link does not match. */
    AuditVerification verify();

    /**
     * Streams every entry matching the filters (ignoring {@code limit} and {@code beforeId}) in id order,
     * reading in bounded chunks so that memory stays flat however long the trail is.
     */
    void export(AuditQuery filters, Consumer<AuditEntry> sink);

    /** Links every committed entry that is not yet chained; returns how many were linked. */
    int chainPending();
}
