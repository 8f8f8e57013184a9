package de.netzwerkbuero.web.http;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.SessionCookieConfig;
import jakarta.servlet.annotation.WebListener;

import java.util.logging.Logger;

/**
 * The session cookie ({@code NETZWERKSESSION}, HttpOnly, see {@code web.xml}) is also SameSite=Lax, so browsers do
 * not send it with cross-site sub-requests and form posts, and Secure when {@code -Dnetzwerk.https=true}: behind a
 * TLS-terminating proxy the server itself sees plain HTTP and cannot tell on its own.
 */
@WebListener
public class SessionCookieSecurity implements ServletContextListener {

    private static final Logger LOG = Logger.getLogger(SessionCookieSecurity.class.getName());

    @Override
    public void contextInitialized(ServletContextEvent event) {
        SessionCookieConfig cookie = event.getServletContext().getSessionCookieConfig();
        try {
            cookie.setAttribute("SameSite", "Lax");
        } catch (UnsupportedOperationException e) {
            LOG.warning("The servlet container cannot set SameSite on the session cookie: " + e.getMessage());
        }
        if (HttpsSettings.fromSystemProperties().httpsConfigured()) {
            cookie.setSecure(true);
        }
    }
}
