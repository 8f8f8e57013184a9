package de.netzwerkbuero.platform.api.account;

import java.io.Serializable;
import java.util.Set;

/**
 * The outcome of a login step. On {@code SUCCESS} it carries the roles and the account's security stamp (which
 * the web layer keeps with the session and checks on every request, see {@link Authentication#isCurrent}).
 * When the password was right but a second step is needed ({@code CODE_REQUIRED}, {@code ENROLMENT_REQUIRED})
 * it carries a short-lived ticket for that step instead.
 */
public record LoginResult(Outcome outcome, String username, Set<String> roles, long stamp, String ticket)
        implements Serializable {

    public enum Outcome {
        SUCCESS,
        INVALID,
        DISABLED,
        THROTTLED,
        /** Password right; a one-time code must follow (form login only). */
        CODE_REQUIRED,
        /** Password right; the account must enrol a one-time password generator before anything else. */
        ENROLMENT_REQUIRED,
        /** The account uses (or must use) one-time passwords, so HTTP Basic is refused for it. */
        BASIC_NOT_ALLOWED
    }

    public LoginResult {
        roles = roles == null ? Set.of() : Set.copyOf(roles);
    }

    public static LoginResult failed(Outcome outcome, String username) {
        return new LoginResult(outcome, username, null, 0, null);
    }

    public boolean succeeded() {
        return outcome == Outcome.SUCCESS;
    }
}
