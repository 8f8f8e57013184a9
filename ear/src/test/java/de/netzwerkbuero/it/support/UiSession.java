package de.netzwerkbuero.it.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

/** A client logged in through the login form, as the browser is: it sends the UI's session cookie, no Basic. */
public final class UiSession {

    private final HttpClient client = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    private UiSession() {
    }

    public static UiSession login(String username) {
        UiSession session = new UiSession();
        HttpResponse<String> form = session.send(HttpRequest.newBuilder(URI.create(Api.BASE + "/login.xhtml")).GET());
        String body = JsfPostback.body(form.body(), "login", "submit",
                Map.of("login:username", username, "login:password", TestAccounts.passwordOf(username)));
        HttpResponse<String> loggedIn = session.send(HttpRequest.newBuilder(URI.create(Api.BASE + "/login.xhtml"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
        if (loggedIn.statusCode() != 302 || !loggedIn.headers().firstValue("Location").orElse("").contains("/app/")) {
            throw new IllegalStateException("login failed: " + loggedIn.statusCode() + " " + loggedIn.body());
        }
        return session;
    }

    public HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(Api.BASE + path)).GET());
    }

    public HttpResponse<String> send(String method, String path, String contentType, byte[] body,
                                     Map<String, String> headers) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(Api.BASE + path))
                .method(method, HttpRequest.BodyPublishers.ofByteArray(body)).header("Content-Type", contentType);
        headers.forEach(builder::header);
        return send(builder);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return client.send(request.timeout(Duration.ofSeconds(60)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

}
