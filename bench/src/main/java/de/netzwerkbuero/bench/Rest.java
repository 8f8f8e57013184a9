package de.netzwerkbuero.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** HTTP/1.1 with HTTP Basic against the local server (the server caches a successful Basic login for 60 s). */
final class Rest {

    final URI base;
    final String auth;
    final Duration timeout;
    final HttpClient client;

    Rest(String baseUrl, String user, String password, Duration timeout) {
        this(Localhost.http(baseUrl), "Basic " + Base64.getEncoder().encodeToString((user + ":" + password)
                .getBytes(StandardCharsets.UTF_8)), timeout);
    }

    private Rest(URI base, String auth, Duration timeout) {
        this.base = Localhost.http(base.toString());
        this.auth = auth;
        this.timeout = timeout;
        this.client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** A fresh client (own connection pool) with the same credentials, one per load client. */
    Rest fork() {
        return new Rest(base, auth, timeout);
    }

    HttpResponse<String> get(String pathAndQuery) throws Exception {
        return client.send(request(pathAndQuery).header("Accept", "application/json").GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    HttpResponse<String> postJson(String path, String json) throws Exception {
        return client.send(request(path).header("Accept", "application/json")
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    HttpRequest.Builder request(String pathAndQuery) {
        return HttpRequest.newBuilder(base.resolve(pathAndQuery)).timeout(timeout).header("Authorization", auth);
    }

    /** A 200 list answer ({@code {items, total, …}}), else an exception with the status and the body's start. */
    static String requireList(HttpResponse<String> r) {
        if (r.statusCode() != 200 || !r.body().contains("\"items\"")) {
            throw new IllegalStateException("HTTP " + r.statusCode() + " " + snippet(r.body()));
        }
        return r.body();
    }

    static String snippet(String body) {
        String s = body == null ? "" : body.replaceAll("\\s+", " ");
        return s.length() > 200 ? s.substring(0, 200) + "…" : s;
    }

    /** The first number of a top-level JSON field, e.g. {@code "id"}; crude, enough for our own answers. */
    static long number(String json, String field) {
        Matcher m = Pattern.compile("\"" + Pattern.quote(field) + "\"\\s*:\\s*(-?\\d+)").matcher(json);
        if (!m.find()) {
            throw new IllegalStateException("no \"" + field + "\" in " + snippet(json));
        }
        return Long.parseLong(m.group(1));
    }

    static String string(String json, String field) {
        Matcher m = Pattern.compile("\"" + Pattern.quote(field) + "\"\\s*:\\s*\"([^\"]*)\"").matcher(json);
        return m.find() ? m.group(1) : null;
    }

    static String json(String s) {
        if (s == null) {
            return "null";
        }
        StringBuilder sb = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                default -> {
                    if (c < 0x20) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.append('"').toString();
    }
}
