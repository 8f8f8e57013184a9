package de.netzwerkbuero.membership.api;

import de.netzwerkbuero.platform.api.paging.Page;
import de.netzwerkbuero.platform.api.paging.PageRequest;
import jakarta.ejb.Local;

/**
 * Prospects who asked to be kept informed. {@link #signUp}, {@link #confirmable} and {@link #confirm} are public
 * (double opt-in: the mail carries a link {@code <netzwerk.base-url>/prospects/confirm?token=...} to a page whose
 * button confirms; only the SHA-256 of the token is stored); the rest is office work.
 * List sort fields: signedUpAt (default, newest first unless given), organisation, email, status, expiresOn.
 */
@Local
public interface Prospects {

    /**
     * Records the sign-up and mails the confirmation link. Answers the same way whether or not the address is
     * already known, so the form reveals nobody; returns the prospect's id.
     */
    long signUp(ProspectSignUp signUp);

    /** Confirms the address behind the token; an unknown or used token is a {@code NotFoundException}. */
    ProspectView confirm(String token);

    /** Public and read-only: whether the token of a confirmation link can still be confirmed. */
    boolean confirmable(String token);

    /** {@code status} and {@code q} (part of organisation, contact name or e-mail) are optional. */
    Page<ProspectView> list(ProspectStatus status, String q, PageRequest page);

    ProspectView get(long id);

    /** Extends a confirmed prospect's record by the retention period from today. */
    ProspectView renew(long id);

    /**
     * Creates a member (status PROSPECT) from the prospect, with its contact person, and marks the prospect
     * CONVERTED. {@code kind} may be {@code null}: then an 8-digit AGS means KOMMUNE, 5 digits LANDKREIS and
     * none PARTNER.
     */
    MemberView convertToMember(long id, MemberKind kind);
}
