package de.netzwerkbuero.web.rest;

import de.netzwerkbuero.platform.api.error.AccessDeniedException;
import de.netzwerkbuero.web.http.HttpsSettings;
import de.netzwerkbuero.web.security.SessionAuthentication;
import jakarta.annotation.Priority;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;

import java.util.Set;

/**
 * Cross-site request forgery protection for the API. A browser sends the UI's session cookie with any request,
 * also one a foreign page makes it send (a form post, a multipart upload). So a state-changing request
 * (POST, PUT, PATCH, DELETE) authenticated by the session must prove it comes from this application: it carries
 * {@code X-Requested-With: XMLHttpRequest}, which a cross-site page cannot set without a CORS preflight this
 * server never grants, and an {@code Origin} (or, lacking it, {@code Referer}) that is the server's own origin.
 * Otherwise 403. Requests authenticated by HTTP Basic carry no ambient credentials and are not checked.
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHORIZATION)
public class CrossSiteRequestCheck implements ContainerRequestFilter {

    public static final String HEADER = "X-Requested-With";
    public static final String HEADER_VALUE = "XMLHttpRequest";
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    private final HttpsSettings https = HttpsSettings.fromSystemProperties();

    @Context
    private HttpServletRequest request;

    @Override
    public void filter(ContainerRequestContext context) {
        if (SAFE_METHODS.contains(context.getMethod()) || !authenticatedBySession()) {
            return;
        }
        if (!HEADER_VALUE.equalsIgnoreCase(context.getHeaderString(HEADER)) || !sameOrigin(context)) {
            throw new AccessDeniedException("crossSiteRequest", "This change did not demonstrably come from this "
                    + "application (Origin and the X-Requested-With header are missing or do not match).");
        }
    }

    private boolean authenticatedBySession() {
        return SessionAuthentication.isUsedBy(request);
    }

    private boolean sameOrigin(ContainerRequestContext context) {
        String claimed = context.getHeaderString("Origin");
        if (claimed == null || claimed.isBlank()) {
            claimed = context.getHeaderString("Referer");
        }
        if (claimed == null || claimed.isBlank()) {
            return false;
        }
        String origin = HttpsSettings.normalise(claimed);
        return origin != null && origin.equals(https.ownOrigin(request));
    }
}
