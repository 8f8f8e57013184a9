package de.netzwerkbuero.web.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

/** Whether a request is authenticated by the UI's session (the mechanism prefers the session over Basic). */
public final class SessionAuthentication {

    private SessionAuthentication() {
    }

    public static boolean isUsedBy(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return session != null && request.isRequestedSessionIdValid()
                && session.getAttribute(SessionCaller.ATTRIBUTE) != null;
    }
}
