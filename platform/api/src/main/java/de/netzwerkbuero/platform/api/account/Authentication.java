package de.netzwerkbuero.platform.api.account;

import jakarta.ejb.Local;

/**
 * Checks a username and password for the web layer's identity store, applies the failed-login
 * throttle, and records logins and failed logins in the audit trail.
 */
@Local
public interface Authentication {

    LoginResult verify(String username, char[] password);
}
