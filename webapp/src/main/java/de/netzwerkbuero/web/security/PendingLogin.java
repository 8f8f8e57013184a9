package de.netzwerkbuero.web.security;

import de.netzwerkbuero.platform.api.account.LoginResult.Outcome;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import java.io.Serializable;
import java.util.Optional;

/**
 * A form login whose password was right and that waits for its second step (a one-time code, or enrolling a
 * generator first). Not a login: nothing but the login and enrolment pages can be used with it.
 */
public record PendingLogin(String username, String ticket, Outcome next, String from) implements Serializable {

    static final String ATTRIBUTE = PendingLogin.class.getName();

    public boolean needsEnrolment() {
        return next == Outcome.ENROLMENT_REQUIRED;
    }

    public static Optional<PendingLogin> of(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return Optional.ofNullable(session == null ? null : (PendingLogin) session.getAttribute(ATTRIBUTE));
    }

    public static void clear(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(ATTRIBUTE);
        }
    }

    @Override
    public String toString() {
        return "PendingLogin[" + username + ", " + next + "]";
    }
}
