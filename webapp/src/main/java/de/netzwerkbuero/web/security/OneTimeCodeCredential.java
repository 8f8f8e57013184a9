package de.netzwerkbuero.web.security;

import jakarta.security.enterprise.credential.Credential;

/**
 * The second step of a form login: a one-time code for the session's {@link PendingLogin}; with {@code enrolment}
 * the code confirms a generator being enrolled.
 */
public record OneTimeCodeCredential(String code, boolean enrolment) implements Credential {
}
