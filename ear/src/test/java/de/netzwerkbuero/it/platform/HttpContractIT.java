package de.netzwerkbuero.it.platform;

import de.netzwerkbuero.it.support.Api;
import de.netzwerkbuero.it.support.Deployments;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.http.HttpResponse;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The HTTP contract every module follows, seen from a client: authentication, problem+json for each mapped
 * error, ETag/If-Match, paging, the health and OpenAPI endpoints, protected pages.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HttpContractIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @BeforeEach
    void accounts() {
        Api.ensureTestAccounts();
    }

    @Test
    void anAnonymousApiRequestIsRefusedWith401AndAChallenge() {
        HttpResponse<String> response = Api.anonymous().get("/api/v1/audit");
        assertProblem(response, 401);
        assertTrue(response.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Basic"));
    }

    @Test
    void wrongCredentialsAre401() {
        assertProblem(Api.as("office", "not-the-password").get("/api/v1/audit"), 401);
    }

    @Test
    void aRoleThatMayNotIsRefusedWith403() {
        assertProblem(Api.as("office").get("/api/v1/audit"), 403);
        assertProblem(Api.as("auditor").get("/api/v1/accounts"), 403);
        assertEquals(200, Api.as("auditor").get("/api/v1/audit").statusCode());
    }

    @Test
    void anAnonymousRequestForAProtectedPageIsSentToTheLogin() {
        HttpResponse<String> response = Api.anonymous().get("/app/index.xhtml");
        assertEquals(302, response.statusCode());
        assertTrue(response.headers().firstValue("Location").orElse("").contains("/login.xhtml"));
        HttpResponse<String> admin = Api.anonymous().get("/app/admin/accounts.xhtml");
        assertEquals(302, admin.statusCode());
    }

    @Test
    void aPageOfAnotherRoleIsForbidden() {
        assertEquals(403, Api.as("office").get("/app/admin/accounts.xhtml").statusCode());
        assertEquals(200, Api.as("admin").get("/app/admin/accounts.xhtml").statusCode());
    }

    @Test
    void invalidInputIs400WithViolationsPerField() {
        HttpResponse<String> response = Api.as("admin").post("/api/v1/accounts",
                "{\"username\":\"A B\",\"displayName\":\"\",\"email\":\"x\",\"roles\":[\"wizard\"],\"password\":\"short\"}");
        JsonObject problem = assertProblem(response, 400);
        assertEquals(5, problem.getJsonArray("violations").size());
        assertTrue(problem.getJsonArray("violations").stream()
                .anyMatch(v -> "password".equals(v.asJsonObject().getString("field"))));
        assertProblem(Api.as("admin").post("/api/v1/accounts", "{not json"), 400);
        assertProblem(Api.as("admin").get("/api/v1/accounts?size=0"), 400);
    }

    @Test
    void problemsSpeakTheRequestedLanguage() {
        HttpResponse<String> german = Api.as("admin").send("GET", "/api/v1/accounts/nobody", null, null,
                Map.of("Accept-Language", "de"));
        assertTrue(Api.json(german).getString("detail").contains("nicht gefunden"), german.body());
        HttpResponse<String> english = Api.as("admin").send("GET", "/api/v1/accounts/nobody", null, null,
                Map.of("Accept-Language", "en"));
        assertTrue(Api.json(english).getString("detail").contains("not found"), english.body());
    }

    @Test
    void unknownThingsAre404() {
        assertProblem(Api.as("admin").get("/api/v1/accounts/nobody"), 404);
        assertProblem(Api.as("admin").get("/api/v1/no-such-resource"), 404);
    }

    @Test
    void aRuleConflictIs409() {
        assertProblem(Api.as("admin").post("/api/v1/accounts", "{\"username\":\"office\",\"displayName\":\"x\","
                + "\"email\":\"x@example.org\",\"roles\":[\"office\"],\"password\":\"ein-langes-passwort\"}"), 409);
    }

    @Test
    void aStaleOrMissingIfMatchIs412Or428AndTheETagIsTheVersion() {
        HttpResponse<String> current = Api.as("admin").get("/api/v1/accounts/lead2");
        String etag = current.headers().firstValue("ETag").orElseThrow();
        long version = Api.json(current).getJsonNumber("version").longValue();
        assertEquals("\"" + version + "\"", etag);
        String body = "{\"roles\":[\"project-lead\"]}";
        HttpResponse<String> changed = Api.as("admin").put("/api/v1/accounts/lead2/roles", body, Map.of("If-Match", etag));
        assertEquals(200, changed.statusCode(), changed.body());
        assertProblem(Api.as("admin").put("/api/v1/accounts/lead2/roles", body, Map.of("If-Match", etag)), 412);
        assertProblem(Api.as("admin").put("/api/v1/accounts/lead2/roles", body, Map.of()), 428);
    }

    @Test
    void aTooLargeBodyIs413AndAWrongMediaTypeIs415() {
        String huge = "{\"username\":\"" + "x".repeat(1_100_000) + "\"}";
        assertProblem(Api.as("admin").post("/api/v1/accounts", huge), 413);
        assertProblem(Api.as("admin").send("POST", "/api/v1/accounts", "text/plain", "hello", Map.of()), 415);
    }

    @Test
    void listsArePaged() {
        JsonObject page = Api.json(Api.as("admin").get("/api/v1/accounts?page=0&size=2&sort=username,desc"));
        assertEquals(2, page.getJsonArray("items").size());
        assertEquals(0, page.getInt("page"));
        assertEquals(2, page.getInt("size"));
        assertTrue(page.getJsonNumber("total").longValue() >= 5);
        String first = page.getJsonArray("items").getJsonObject(0).getString("username");
        String second = page.getJsonArray("items").getJsonObject(1).getString("username");
        assertTrue(first.compareTo(second) > 0, "sorted descending");
    }

    @Test
    void healthAndOpenApiAnswerOnTheApplicationPort() {
        HttpResponse<String> health = Api.anonymous().get("/health");
        assertEquals(200, health.statusCode());
        assertEquals("UP", Api.json(health).getString("status"));
        HttpResponse<String> openapi = Api.anonymous().get("/openapi");
        assertEquals(200, openapi.statusCode());
        assertTrue(openapi.body().contains("/api/v1/audit"), "the document lists the API");
    }

    @Test
    void repeatedFailedLoginsThrottleTheAccountAndAreAudited() {
        Api.as("admin").post("/api/v1/accounts", "{\"username\":\"throttled\",\"displayName\":\"T\","
                + "\"email\":\"t@example.org\",\"roles\":[\"office\"],\"password\":\"das-richtige-passwort\"}");
        for (int i = 0; i < 5; i++) {
            assertEquals(401, Api.as("throttled", "falsch-falsch-falsch").get("/api/v1/audit").statusCode());
        }
        assertEquals(401, Api.as("throttled", "das-richtige-passwort").get("/api/v1/accounts").statusCode(),
                "locked even with the right password");
        JsonObject failures = Api.json(Api.as("auditor").get("/api/v1/audit?actor=throttled&action=LOGIN_FAILED&size=20"));
        assertEquals(6, failures.getJsonArray("items").size());
        assertTrue(failures.getJsonArray("items").getJsonObject(0).toString().contains("THROTTLED"));
    }

    private static JsonObject assertProblem(HttpResponse<String> response, int status) {
        assertEquals(status, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"),
                "problem+json for " + status);
        JsonObject problem = Api.json(response);
        assertEquals(status, problem.getInt("status"));
        assertTrue(problem.containsKey("title"));
        assertFalse(response.body().contains("Exception"), "no stack trace or exception name reaches the client");
        return problem;
    }
}
