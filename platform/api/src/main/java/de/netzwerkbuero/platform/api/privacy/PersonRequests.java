package de.netzwerkbuero.platform.api.privacy;

import jakarta.ejb.Local;

/**
 * DSGVO requests about a person, found by e-mail address across all modules (office only). Export and erasure
 * are announced to the modules as {@link PersonExport} and {@link PersonErasure}; the coordinator runs outside
 * a transaction so that every module commits its own part.
 */
@Local
public interface PersonRequests {

    /**
     * Everything about the address as one JSON document: contacts (with their member), prospects, event
     * registrations (with event title, date and status), mails to the address (subject, time, status) and the
     * audit entries about those records. Modules that failed are listed under {@code incomplete}.
     */
    String export(String email);

    /**
     * Anonymises the person everywhere and cancels mail still waiting for the address, keeping what funding
     * proofs need (counts, attendance, member organisation). Idempotent: run it again after a partial failure.
     */
    ErasureReport erase(String email);

    /**
     * As {@link #erase(String)}, for a contact: its address (may be {@code null}) and its id, so that records
     * linked to the contact are erased even where they carry another address.
     */
    ErasureReport eraseContact(long contactId, String email);
}
