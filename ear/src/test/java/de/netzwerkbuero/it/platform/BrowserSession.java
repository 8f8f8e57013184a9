package de.netzwerkbuero.it.platform;

import de.netzwerkbuero.it.support.Api;
import de.netzwerkbuero.it.support.JsfPostback;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a browser does with the login form, over plain HTTP: a cookie jar, GET a page, POST a JSF form with its
 * view state (as a non-AJAX submit button would), follow nothing by itself.
 */
final class BrowserSession {

    private final HttpClient client = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .cookieHandler(new CookieManager())
            .connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    private String lastPage = "";

    /** Password step of the login form: 302 to the application, 302 to the enrolment, or 200 (code step or failure). */
    HttpResponse<String> logIn(String username, String password) {
        get("/login.xhtml");
        return submit("/login.xhtml", "login", "submit", Map.of("login:username", username, "login:password", password));
    }

    /** The code step of the login form (the page must show it). */
    HttpResponse<String> enterCode(String code) {
        return submit("/login.xhtml", "code", "verify", Map.of("code:otp", code));
    }

    /** The enrolment page: its secret (Base32). */
    String enrolmentSecret() {
        HttpResponse<String> page = get("/enrol.xhtml");
        Matcher secret = Pattern.compile("id=\"totp-secret\">([A-Z2-7]+)<").matcher(page.body());
        if (page.statusCode() != 200 || !secret.find()) {
            throw new IllegalStateException("no enrolment page: " + page.statusCode() + " " + page.body());
        }
        return secret.group(1);
    }

    HttpResponse<String> confirmEnrolment(String code) {
        return submit("/enrol.xhtml", "enrol", "confirm", Map.of("enrol:code", code));
    }

    HttpResponse<String> get(String path) {
        return get(path, "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
    }

    HttpResponse<String> get(String path, String accept) {
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(Api.BASE + path))
                .header("Accept", accept).GET().build());
        if (response.statusCode() == 200) {
            lastPage = response.body();
        }
        return response;
    }

    /** Whether the session is logged in: the start page opens instead of sending to the login. */
    boolean loggedIn() {
        HttpResponse<String> start = get("/app/index.xhtml");
        if (start.statusCode() == 200) {
            return true;
        }
        if (start.statusCode() == 302 && start.headers().firstValue("Location").orElse("").contains("/login.xhtml")) {
            return false;
        }
        throw new IllegalStateException("unexpected answer for the start page: " + start.statusCode());
    }

    private HttpResponse<String> submit(String path, String form, String button, Map<String, String> fields) {
        String encoded = JsfPostback.body(lastPage, form, button, fields);
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(Api.BASE + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "text/html")
                .header("Origin", Api.BASE)
                .header("Referer", Api.BASE + path)
                .POST(HttpRequest.BodyPublishers.ofString(encoded)).build());
        if (response.statusCode() == 200) {
            lastPage = response.body();
        }
        return response;
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

}
