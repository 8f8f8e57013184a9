package de.netzwerkbuero.bench;

import java.net.URI;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The harness only ever talks to this machine: HTTP and JDBC addresses on another host are refused. */
final class Localhost {

    private static final Set<String> LOCAL = Set.of("localhost", "127.0.0.1", "::1", "[::1]");
    private static final Pattern JDBC = Pattern.compile("^jdbc:postgresql://(\\[[^]]+]|[^/:?]*)(:\\d+)?(/.*)?$");

    private Localhost() {
    }

    static URI http(String url) {
        URI uri = URI.create(url.endsWith("/") ? url.substring(0, url.length() - 1) : url);
        if (!"http".equalsIgnoreCase(uri.getScheme()) && !"https".equalsIgnoreCase(uri.getScheme())) {
            throw new IllegalArgumentException("not an http(s) URL: " + url);
        }
        requireLocal(uri.getHost(), url);
        return uri;
    }

    static String jdbc(String url) {
        Matcher m = JDBC.matcher(url);
        if (!m.matches()) {
            throw new IllegalArgumentException("not a jdbc:postgresql://host[:port]/db URL: " + url);
        }
        requireLocal(m.group(1).isEmpty() ? "localhost" : m.group(1), url);
        return url;
    }

    private static void requireLocal(String host, String url) {
        if (host == null || !LOCAL.contains(host.toLowerCase(Locale.ROOT))) {
            throw new IllegalArgumentException("the benchmark only targets localhost, not " + url);
        }
    }
}
