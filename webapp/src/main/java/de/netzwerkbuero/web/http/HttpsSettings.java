package de.netzwerkbuero.web.http;

import jakarta.servlet.http.HttpServletRequest;

import java.net.URI;
import java.util.Locale;

/**
 * Whether the application is served over HTTPS and what its own origin is.
 * <ul>
 *   <li>{@code -Dnetzwerk.https=true} (default false): the site is reached over HTTPS only, directly or through a
 *       TLS-terminating proxy; every response carries HSTS and the session cookie is Secure.</li>
 *   <li>{@code -Dnetzwerk.trust-proxy=true} (default false): the server is reachable only through a proxy that sets
 *       {@code X-Forwarded-Proto} and {@code X-Forwarded-Host}; only then are these headers believed (otherwise any
 *       client could claim them).</li>
 * </ul>
 */
public final class HttpsSettings {

    public static final String HTTPS_PROPERTY = "netzwerk.https";
    public static final String TRUST_PROXY_PROPERTY = "netzwerk.trust-proxy";

    private final boolean https;
    private final boolean trustProxy;

    public HttpsSettings(boolean https, boolean trustProxy) {
        this.https = https;
        this.trustProxy = trustProxy;
    }

    public static HttpsSettings fromSystemProperties() {
        return new HttpsSettings(Boolean.getBoolean(HTTPS_PROPERTY), Boolean.getBoolean(TRUST_PROXY_PROPERTY));
    }

    /** HTTPS is configured for the whole site. */
    public boolean httpsConfigured() {
        return https;
    }

    /** This request reached the site over HTTPS. */
    public boolean isHttps(HttpServletRequest request) {
        return https || request.isSecure() || "https".equalsIgnoreCase(forwarded(request, "X-Forwarded-Proto"));
    }

    /** The site's own origin as the browser sees it, e.g. {@code https://netzwerk.example.org}. */
    public String ownOrigin(HttpServletRequest request) {
        String scheme = isHttps(request) ? "https" : request.getScheme();
        String host = forwarded(request, "X-Forwarded-Host");
        if (host == null) {
            host = request.getHeader("Host");
        }
        if (host == null || host.isBlank()) {
            host = request.getServerName() + ":" + request.getServerPort();
        }
        return normalise(scheme + "://" + host.strip());
    }

    /**
     * {@code scheme://host[:port]} in lower case without a default port, or null when the text is not an absolute
     * http(s) URL (the value {@code null} an opaque origin sends, for instance).
     */
    public static String normalise(String url) {
        try {
            URI uri = URI.create(url.strip());
            String scheme = uri.getScheme() == null ? null : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!"http".equals(scheme) && !"https".equals(scheme) || uri.getHost() == null) {
                return null;
            }
            int port = uri.getPort();
            boolean defaultPort = port == -1 || "http".equals(scheme) && port == 80 || "https".equals(scheme) && port == 443;
            return scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + (defaultPort ? "" : ":" + port);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private String forwarded(HttpServletRequest request, String header) {
        if (!trustProxy) {
            return null;
        }
        String value = request.getHeader(header);
        if (value == null || value.isBlank()) {
            return null;
        }
        int comma = value.indexOf(',');
        return (comma < 0 ? value : value.substring(0, comma)).strip();
    }
}
