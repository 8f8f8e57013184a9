package de.netzwerkbuero.platform.api.audit;

import jakarta.ejb.Local;

/**
 * Writes audit entries. {@link #record} joins the caller's transaction (it must run inside one),
 * so an entry exists exactly when the change it describes was committed. The actor is the caller.
 */
@Local
public interface AuditTrail {

    void record(AuditRecord record);
}
