package de.netzwerkbuero.platform.api.account;

import jakarta.ejb.Local;

import java.util.Set;

/**
 * One-time passwords (RFC 6238) for the logged-in caller, and the administrators' policy of which roles
 * must use them. Secrets never leave the platform module except in a {@link TotpEnrolment}.
 */
@Local
public interface SecondFactor {

    /** Whether the caller has a one-time password generator enrolled. */
    boolean enrolled();

    /** A new secret for the caller; refused while one is enrolled (an administrator resets it first). */
    TotpEnrolment beginEnrolment();

    /** Activates the secret of {@link #beginEnrolment} when {@code code} is right; ends the caller's other logins. */
    void confirmEnrolment(String code);

    TotpPolicy policy();

    /** Administrators: which roles must use one-time passwords (audited). */
    TotpPolicy setPolicy(Set<String> requiredFor);

    /** Administrators: removes an account's one-time password (a lost device) and ends its logins. */
    void reset(String username);
}
