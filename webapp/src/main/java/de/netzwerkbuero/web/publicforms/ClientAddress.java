package de.netzwerkbuero.web.publicforms;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The address a request came from: the connection's peer, or, only when the operator sets
 * {@code -Dnetzwerk.trust-proxy=true}, the first hop of {@code X-Forwarded-For}. Without a proxy that sets
 * the header itself, trusting it would let every caller choose their own address and dodge the throttles.
 */
public final class ClientAddress {

    static final String TRUST_PROXY = "netzwerk.trust-proxy";
    static final String FORWARDED_FOR = "X-Forwarded-For";

    private ClientAddress() {
    }

    public static String of(HttpServletRequest request) {
        return of(request.getRemoteAddr(), request.getHeader(FORWARDED_FOR), Boolean.getBoolean(TRUST_PROXY));
    }

    static String of(String remoteAddress, String forwardedFor, boolean trustProxy) {
        if (trustProxy && forwardedFor != null) {
            String first = forwardedFor.split(",", 2)[0].trim();
            if (!first.isEmpty()) {
                return first;
            }
        }
        return remoteAddress;
    }
}
