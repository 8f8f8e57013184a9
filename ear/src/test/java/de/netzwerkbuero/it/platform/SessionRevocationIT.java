package de.netzwerkbuero.it.platform;

import de.netzwerkbuero.it.support.Api;
import de.netzwerkbuero.it.support.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.http.HttpResponse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Disabling an account, changing its roles, resetting its password or its one-time password ends its form sessions and its cached
 * HTTP Basic credentials at once: the very next request is refused (the session counts as anonymous).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SessionRevocationIT {

    private static final String JSON = "application/json";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @BeforeEach
    void accounts() {
        Api.ensureTestAccounts();
    }

    @Test
    void disablingEndsTheSessionAndTheCachedBasicCredentialsAtOnce() {
        String user = TestUsers.create("rev-disable", "office");
        BrowserSession browser = loggedIn(user);
        Api basic = Api.as(user, TestUsers.password(user));
        assertEquals(200, basic.get("/api/v1/members").statusCode());
        assertEquals(200, basic.get("/api/v1/members").statusCode(), "the second Basic request is served from the cache");
        assertEquals(200, browser.get("/api/v1/members", JSON).statusCode(), "the session works for the API");

        assertEquals(200, TestUsers.disable(user));

        assertFalse(browser.loggedIn(), "the session's next page request goes to the login");
        assertEquals(401, browser.get("/api/v1/members", JSON).statusCode(), "the session's next API request is 401");
        assertEquals(401, basic.get("/api/v1/members").statusCode(), "the cached Basic credentials no longer work");
    }

    @Test
    void changingTheRolesEndsTheSessionAndBasicGetsTheNewRoles() {
        String user = TestUsers.create("rev-roles", "office");
        BrowserSession browser = loggedIn(user);
        Api basic = Api.as(user, TestUsers.password(user));
        assertEquals(200, basic.get("/api/v1/members").statusCode());
        assertEquals(403, basic.get("/api/v1/audit").statusCode());

        assertEquals(200, TestUsers.setRole(user, "auditor"));

        assertEquals(401, browser.get("/api/v1/members", JSON).statusCode());
        assertFalse(browser.loggedIn());
        assertEquals(403, basic.get("/api/v1/members").statusCode(), "the old roles are gone at once");
        assertEquals(200, basic.get("/api/v1/audit").statusCode(), "Basic is checked again and gets the new roles");
    }

    @Test
    void resettingThePasswordEndsTheSessionAndTheOldPassword() {
        String user = TestUsers.create("rev-password", "office");
        BrowserSession browser = loggedIn(user);
        Api basic = Api.as(user, TestUsers.password(user));
        assertEquals(200, basic.get("/api/v1/members").statusCode());

        String newPassword = "Neues-Kennwort-" + Integer.toHexString(user.hashCode());
        assertEquals(204, TestUsers.resetPassword(user, newPassword));

        assertFalse(browser.loggedIn());
        assertEquals(401, basic.get("/api/v1/members").statusCode());
        assertEquals(200, Api.as(user, newPassword).get("/api/v1/members").statusCode());
        assertTrue(loggedIn(user, newPassword).loggedIn());
    }

    @Test
    void resettingTheOneTimePasswordEndsTheSession() {
        String user = TestUsers.create("rev-totp", "office");
        BrowserSession browser = loggedIn(user);
        Api basic = Api.as(user, TestUsers.password(user));
        assertEquals(200, basic.get("/api/v1/members").statusCode());

        assertEquals(204, Api.as("admin").send("DELETE", "/api/v1/accounts/" + user + "/totp", null, null, java.util.Map.of()).statusCode());

        assertFalse(browser.loggedIn(), "a lost device is a reason to end every session at once");
        assertEquals(200, basic.get("/api/v1/members").statusCode(), "Basic is checked again and still valid");
    }

    @Test
    void otherAccountsKeepTheirSessions() {
        String user = TestUsers.create("rev-other", "office");
        String bystander = TestUsers.create("rev-bystander", "office");
        BrowserSession session = loggedIn(bystander);
        assertEquals(200, TestUsers.disable(user));
        assertTrue(session.loggedIn());
    }

    @Test
    void aBrowserNavigationGetsNoBasicChallengeButAnApiClientDoes() {
        HttpResponse<String> page = new BrowserSession().get("/api/v1/audit");
        assertEquals(401, page.statusCode());
        assertTrue(page.headers().firstValue("WWW-Authenticate").isEmpty(), "no browser password dialog");
        assertTrue(page.body().contains("\"status\":401"), page.body());

        HttpResponse<String> wrongPassword = Api.as("office", "not-the-password").send("GET", "/api/v1/audit", null, null,
                java.util.Map.of("Accept", "text/html,application/xhtml+xml"));
        assertEquals(401, wrongPassword.statusCode());
        assertTrue(wrongPassword.headers().firstValue("WWW-Authenticate").isEmpty());

        HttpResponse<String> ajax = Api.anonymous().send("GET", "/api/v1/audit", null, null,
                java.util.Map.of("Faces-Request", "partial/ajax"));
        assertTrue(ajax.headers().firstValue("WWW-Authenticate").isEmpty());

        HttpResponse<String> api = Api.anonymous().send("GET", "/api/v1/audit", null, null, java.util.Map.of("Accept", JSON));
        assertEquals(401, api.statusCode());
        assertTrue(api.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Basic"));
        HttpResponse<String> apiWrong = Api.as("office", "not-the-password").get("/api/v1/audit");
        assertTrue(apiWrong.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Basic"));
    }

    private static BrowserSession loggedIn(String user) {
        return loggedIn(user, TestUsers.password(user));
    }

    private static BrowserSession loggedIn(String user, String password) {
        BrowserSession browser = new BrowserSession();
        HttpResponse<String> login = browser.logIn(user, password);
        assertEquals(302, login.statusCode(), "login of " + user + ": " + login.body());
        assertTrue(browser.loggedIn());
        return browser;
    }
}
