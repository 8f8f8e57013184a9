package de.netzwerkbuero.platform.api.account;

import jakarta.ejb.Local;

/**
 * Login checks for the web layer's authentication mechanism: passwords (throttled per source address, per
 * account and source address, and for unknown usernames), the second step with a one-time code, enrolment
 * of a one-time password generator during login, and whether a session's security stamp is still current.
 * Logins and failed logins are recorded in the audit trail.
 */
@Local
public interface Authentication {

    /** How the credentials arrived: the login form may continue with a second step, HTTP Basic may not. */
    enum Channel { FORM, BASIC }

    LoginResult verify(String username, char[] password, String sourceAddress, Channel channel);

    /** Second step of a form login: the one-time code for the ticket of {@link #verify}. */
    LoginResult verifyCode(String ticket, String code, String sourceAddress);

    /** For a login that returned {@code ENROLMENT_REQUIRED}: a new secret to enrol. */
    TotpEnrolment beginEnrolment(String ticket);

    /** Confirms the enrolment of {@link #beginEnrolment} with a first code; {@code SUCCESS} completes the login. */
    LoginResult confirmEnrolment(String ticket, String code, String sourceAddress);

    /**
     * Whether a login that got {@code stamp} still stands: false once the account was disabled, its roles changed,
     * its password was reset or its one-time password was reset. Cheap: served from memory, re-read from the
     * database after a few seconds (so other cluster nodes notice too).
     */
    boolean isCurrent(String username, long stamp);
}
