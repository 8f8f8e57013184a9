package de.netzwerkbuero.web.http;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.FilterConfig;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import java.io.IOException;

/**
 * Security headers on every response, pages, API, public pages, downloads and error pages alike (the error
 * dispatch passes here too). They are set before the request is handled, so they survive a committed or
 * failed response.
 * <p>
 * The content security policy is the one in {@code web.xml} ({@code primefaces.CSP_POLICY}). On JSF pages
 * PrimeFaces sends that policy itself with the page's script nonce appended; its header replaces the one set
 * here instead of being added beside it (two policies would both apply).
 */
@WebFilter(filterName = "securityHeaders", urlPatterns = "/*", asyncSupported = true,
        dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.FORWARD, DispatcherType.ERROR, DispatcherType.ASYNC})
public class SecurityHeadersFilter extends HttpFilter {

    static final String CSP = "Content-Security-Policy";
    static final String POLICY_PARAMETER = "primefaces.CSP_POLICY";
    static final String FALLBACK_POLICY = "default-src 'self'; object-src 'none'; base-uri 'self'; "
            + "form-action 'self'; frame-ancestors 'none'; script-src 'self'";
    static final String HSTS = "max-age=31536000; includeSubDomains";

    private String policy;
    private HttpsSettings https;

    @Override
    public void init(FilterConfig config) throws ServletException {
        super.init(config);
        String configured = config.getServletContext().getInitParameter(POLICY_PARAMETER);
        policy = configured == null || configured.isBlank() ? FALLBACK_POLICY : configured.strip();
        https = HttpsSettings.fromSystemProperties();
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader(CSP, policy);
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "same-origin");
        if (https.isHttps(request)) {
            response.setHeader("Strict-Transport-Security", HSTS);
        }
        if (holdsPersonalData(request)) {
            // Office pages and API answers carry personal data: no copy in the browser's or a proxy's cache.
            response.setHeader("Cache-Control", "no-store");
        }
        chain.doFilter(request, new OnePolicy(response));
    }

    private static boolean holdsPersonalData(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/app/") || path.startsWith("/api/");
    }

    /** Turns adding a second content security policy into replacing the first. */
    static final class OnePolicy extends HttpServletResponseWrapper {

        OnePolicy(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void addHeader(String name, String value) {
            if (CSP.equalsIgnoreCase(name)) {
                super.setHeader(name, value);
            } else {
                super.addHeader(name, value);
            }
        }
    }
}
