package de.netzwerkbuero.it.support;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.function.Supplier;

/** A small HTTP client for the REST tests: Basic authentication, JSON in and out, no redirects followed. */
public final class Api {

    public static final String BASE = System.getProperty("netzwerk.base-url", "http://localhost:8080");
    // HTTP/1.1: the JDK client's default h2c upgrade is answered with GOAWAY by Undertow on request bodies.
    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    private final String authorization;

    private Api(String authorization) {
        this.authorization = authorization;
    }

    public static Api anonymous() {
        return new Api(null);
    }

    public static Api as(String username) {
        return as(username, TestAccounts.passwordOf(username));
    }

    public static Api as(String username, String password) {
        return new Api("Basic " + Base64.getEncoder().encodeToString(
                (username + ":" + password).getBytes(StandardCharsets.UTF_8)));
    }

    /** Creates the test accounts through the API if they do not exist yet. */
    public static void ensureTestAccounts() {
        Api admin = as("admin");
        TestAccounts.ROLE_OF.forEach((username, role) -> {
            int status = admin.post("/api/v1/accounts", Json.createObjectBuilder()
                    .add("username", username).add("displayName", username).add("email", username + "@example.org")
                    .add("roles", Json.createArrayBuilder().add(role)).add("password", TestAccounts.passwordOf(username))
                    .build().toString()).statusCode();
            if (status != 201 && status != 409) {
                throw new IllegalStateException("Could not create test account " + username + ": " + status);
            }
        });
    }

    public HttpResponse<String> get(String path) {
        return send(request(path).GET().build());
    }

    public HttpResponse<String> post(String path, String json) {
        return send(request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    public HttpResponse<String> put(String path, String json, Map<String, String> headers) {
        HttpRequest.Builder builder = request(path).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json));
        headers.forEach(builder::header);
        return send(builder.build());
    }

    public HttpResponse<String> send(String method, String path, String contentType, String body,
                                     Map<String, String> headers) {
        HttpRequest.Builder builder = request(path).method(method, body == null
                ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            builder.header("Content-Type", contentType);
        }
        headers.forEach(builder::header);
        return send(builder.build());
    }

    /**
     * Sends a body of unknown length (chunked transfer encoding, no {@code Content-Length}), as a client that
     * streams does.
     */
    public HttpResponse<String> sendStreamed(String method, String path, String contentType,
                                             Supplier<InputStream> body, Map<String, String> headers) {
        HttpRequest.Builder builder = request(path).method(method, HttpRequest.BodyPublishers.ofInputStream(body));
        if (contentType != null) {
            builder.header("Content-Type", contentType);
        }
        headers.forEach(builder::header);
        return send(builder.build());
    }

    /** Sends raw bytes (e.g. a PDF). */
    public HttpResponse<String> sendBytes(String method, String path, String contentType, byte[] body,
                                          Map<String, String> headers) {
        HttpRequest.Builder builder = request(path).method(method, HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) {
            builder.header("Content-Type", contentType);
        }
        headers.forEach(builder::header);
        return send(builder.build());
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(BASE + path)).timeout(Duration.ofSeconds(60));
        if (authorization != null) {
            builder.header("Authorization", authorization);
        }
        return builder;
    }

    private static HttpResponse<String> send(HttpRequest request) {
        try {
            return CLIENT.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public static JsonObject json(HttpResponse<String> response) {
        return (JsonObject) parse(response.body());
    }

    public static JsonStructure parse(String body) {
        return Json.createReader(new StringReader(body)).read();
    }
}
