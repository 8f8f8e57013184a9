package de.netzwerkbuero.it.browser;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import de.netzwerkbuero.it.support.Api;
import de.netzwerkbuero.it.support.Browser;
import de.netzwerkbuero.it.support.Deployments;
import de.netzwerkbuero.it.support.TestAccounts;
import jakarta.json.Json;
import org.apache.commons.codec.binary.Base32;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

import javax.crypto.spec.SecretKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A user sets up a one-time password on their account page, then logs in with password and code. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TwoFactorBrowserIT {

    private static final String USER = "zweifaktor";
    private static final String PASSWORD = "Apfelbaum-im-Hof-17";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @Test
    void aUserEnrolsAndThenLogsInInTwoSteps() throws Exception {
        int created = Api.as("admin").post("/api/v1/accounts", Json.createObjectBuilder()
                .add("username", USER).add("displayName", "Zwei Faktor").add("email", "zf@example.org")
                .add("roles", Json.createArrayBuilder().add("office")).add("password", PASSWORD)
                .build().toString()).statusCode();
        assertTrue(created == 201 || created == 409, "account: " + created);
        try (Browser browser = new Browser()) {
            browser.logIn(USER, PASSWORD);
            browser.open("/app/account.xhtml");
            browser.click("totp:begin");
            String secret = browser.waitFor(By.id("totp-secret")).getText().trim();
            assertTrue(browser.driver().findElement(By.cssSelector(".totp-qr svg")).isDisplayed(), "a QR code is shown");
            assertEquals(List.of(), browser.seriousAccessibilityProblems(), "enrolment on the account page");
            browser.type("totp:code", code(secret, Instant.now()));
            browser.click("totp:confirm");
            browser.waitForText(By.id("totp-state"), "Die Anmeldung mit Einmalpasswort ist eingerichtet");

            browser.click("nav:logout");
            browser.type("login:username", USER);
            browser.type("login:password", PASSWORD);
            browser.click("login:submit");
            browser.waitFor(By.id("code:otp"));
            assertEquals(List.of(), browser.seriousAccessibilityProblems(), "code step of the login");
            browser.type("code:otp", code(secret, Instant.now().plusSeconds(30)));
            browser.click("code:verify");
            browser.waitFor(By.id("nav:logout"));
        }
        assertEquals(401, Api.as(USER, PASSWORD).get("/api/v1/members").statusCode(), "no HTTP Basic with a one-time password");
    }

    @Test
    void anAdministratorMakesOneTimePasswordsMandatoryForAuditors() throws Exception {
        Api.ensureTestAccounts();
        assertEquals(200, Api.as("auditor").get("/api/v1/audit").statusCode());
        String auditor = "pflichtpruefer";
        String password = "Birnbaum-am-Weg-23";
        int created = Api.as("admin").post("/api/v1/accounts", Json.createObjectBuilder()
                .add("username", auditor).add("displayName", "Pflicht").add("email", "pp@example.org")
                .add("roles", Json.createArrayBuilder().add("auditor")).add("password", password)
                .build().toString()).statusCode();
        assertTrue(created == 201 || created == 409, "account: " + created);
        try (Browser admin = new Browser(); Browser user = new Browser()) {
            admin.logIn("admin", TestAccounts.passwordOf("admin"));
            admin.open("/app/admin/accounts.xhtml");
            admin.driver().findElement(By.cssSelector("label[for='totpPolicy:requiredFor:1']")).click();
            admin.click("totpPolicy:save");
            admin.waitForText(By.id("growl_container"), "Zwei-Faktor-Pflicht");
            try {
                user.open("/login.xhtml");
                user.type("login:username", auditor);
                user.type("login:password", password);
                user.click("login:submit");
                String secret = user.waitFor(By.id("totp-secret")).getText().trim();
                assertEquals(List.of(), user.seriousAccessibilityProblems(), "enrolment page");
                user.open("/app/audit.xhtml");
                user.waitFor(By.id("login:username"));
                user.open("/enrol.xhtml");
                String again = user.waitFor(By.id("totp-secret")).getText().trim();
                user.type("enrol:code", code(again, Instant.now()));
                user.click("enrol:confirm");
                user.waitFor(By.id("nav:logout"));
                assertTrue(!secret.isEmpty());
            } finally {
                admin.open("/app/admin/accounts.xhtml");
                admin.driver().findElement(By.cssSelector("label[for='totpPolicy:requiredFor:1']")).click();
                admin.click("totpPolicy:save");
                // the policy is stored for the whole test run: wait until other auditors may use Basic again
                admin.patiently().until(d -> Api.as("auditor").get("/api/v1/audit").statusCode() == 200);
            }
        }
    }

    private static String code(String secret, Instant at) throws Exception {
        TimeBasedOneTimePasswordGenerator totp = new TimeBasedOneTimePasswordGenerator(Duration.ofSeconds(30), 6,
                TimeBasedOneTimePasswordGenerator.TOTP_ALGORITHM_HMAC_SHA1);
        return totp.generateOneTimePasswordString(new SecretKeySpec(new Base32().decode(secret),
                TimeBasedOneTimePasswordGenerator.TOTP_ALGORITHM_HMAC_SHA1), at, Locale.ROOT);
    }
}
