package de.netzwerkbuero.web.security;

import jakarta.servlet.http.HttpServletRequest;

import java.util.Locale;

/**
 * Tells a browser's page navigation or JSF/AJAX request from an API client. Browsers are not sent a
 * {@code WWW-Authenticate: Basic} challenge, because they would answer it with their own password dialog
 * (and then keep sending those credentials), bypassing the login form and its second step.
 */
public final class BrowserRequests {

    private BrowserRequests() {
    }

    public static boolean wantsBasicChallenge(HttpServletRequest request) {
        return !isBrowser(request.getHeader("Accept"), request.getHeader("Faces-Request"),
                request.getHeader("X-Requested-With"));
    }

    /** A JSF/AJAX request, or one whose Accept header prefers HTML to JSON. */
    static boolean isBrowser(String accept, String facesRequest, String requestedWith) {
        if (facesRequest != null || requestedWith != null) {
            return true;
        }
        return accept != null && quality(accept, "text/html") > Math.max(quality(accept, "application/json"),
                quality(accept, "application/problem+json"));
    }

    /** The quality the Accept header gives the media type by an exact entry (0 when it is not named). */
    private static double quality(String accept, String mediaType) {
        double best = 0;
        for (String range : accept.toLowerCase(Locale.ROOT).split(",")) {
            String[] parts = range.trim().split(";");
            if (!parts[0].trim().equals(mediaType)) {
                continue;
            }
            double q = 1;
            for (int i = 1; i < parts.length; i++) {
                String parameter = parts[i].trim();
                if (parameter.startsWith("q=")) {
                    try {
                        q = Double.parseDouble(parameter.substring(2));
                    } catch (NumberFormatException e) {
                        q = 0;
                    }
                }
            }
            best = Math.max(best, q);
        }
        return best;
    }
}
