package de.netzwerkbuero.it.platform;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import de.netzwerkbuero.it.support.Api;
import de.netzwerkbuero.it.support.AsAdmin;
import de.netzwerkbuero.it.support.Deployments;
import de.netzwerkbuero.platform.api.account.SecondFactor;
import jakarta.ejb.EJB;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.apache.commons.codec.binary.Base32;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.crypto.spec.SecretKeySpec;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Login hardening seen from outside (requests sent from the server itself, so that the test can also reach the
 * facades): throttles per source address, per account and address, for unknown usernames; the password policy;
 * one-time passwords (enrolment, two-step login, mandatory for admin and auditor, no HTTP Basic).
 */
@ExtendWith(ArquillianExtension.class)
class LoginHardeningIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.withTests(LoginHardeningIT.class, BrowserSession.class, FromAddress.class, TestUsers.class);
    }

    @EJB
    private AsAdmin admin;

    @EJB
    private SecondFactor secondFactor;

    @PersistenceContext(unitName = "platform-ejb.jar#platform")
    private EntityManager em;

    @Test
    void aGuesserCannotLockTheOwnerOut() {
        String user = TestUsers.create("lock", "office");
        FromAddress guesser = new FromAddress("127.0.0.2");
        long slowestWrong = 0;
        for (int i = 0; i < 5; i++) {
            FromAddress.Answer wrong = guesser.get("/api/v1/members", user, "falsches-passwort-" + i);
            assertEquals(401, wrong.status());
            slowestWrong = Math.max(slowestWrong, wrong.millis());
        }
        FromAddress.Answer locked = guesser.get("/api/v1/members", user, TestUsers.password(user));
        assertEquals(401, locked.status(), "the guessing address is refused even with the right password");
        assertTrue(locked.millis() * 4 >= slowestWrong,
                "a locked account still costs a password derivation: " + locked.millis() + " ms vs " + slowestWrong);

        assertEquals(200, Api.as(user, TestUsers.password(user)).get("/api/v1/members").statusCode(),
                "the owner, from another address, logs in");
    }

    @Test
    void anAddressWithTooManyFailuresIsRefusedForEveryAccount() {
        String user = TestUsers.create("addr", "office");
        FromAddress attacker = new FromAddress("127.0.0.3");
        for (int i = 0; i < 20; i++) {
            assertEquals(401, attacker.get("/api/v1/members", "ghost-" + i, "irgendein-passwort").status());
        }
        assertEquals(401, attacker.get("/api/v1/members", user, TestUsers.password(user)).status(),
                "the address has used up its attempts");
        assertEquals(200, new FromAddress("127.0.0.8").get("/api/v1/members", user, TestUsers.password(user)).status(),
                "other addresses are not affected");
    }

    @Test
    void unknownUsernamesCannotFloodTheAuditTrail() {
        String prefix = "nobody" + Integer.toString(ThreadLocalRandom.current().nextInt(1 << 30), 36) + "-";
        int attempts = 0;
        List<Long> times = new ArrayList<>();
        for (String address : List.of("127.0.0.4", "127.0.0.5", "127.0.0.6", "127.0.0.7")) {
            FromAddress from = new FromAddress(address);
            for (int i = 0; i < 18; i++) {
                FromAddress.Answer answer = from.get("/api/v1/members", prefix + attempts++, "irgendein-passwort");
                assertEquals(401, answer.status());
                times.add(answer.millis());
            }
        }
        long audited = em.createQuery("select count(e) from StoredAuditEntry e where e.actor like :p", Long.class)
                .setParameter("p", prefix + "%").getSingleResult();
        assertTrue(audited <= 60 && audited < attempts, audited + " of " + attempts + " unknown-name attempts audited");
    }

    @Test
    void commonPasswordsAndPasswordsWithTheUsernameAreRefused() {
        for (String password : List.of("Password2024!", "qwertyuiop123456", "winniethepooh")) {
            JsonObject problem = Api.json(createWith("common" + password.length(), password));
            assertEquals(400, problem.getInt("status"), password);
            String message = problem.getJsonArray("violations").getJsonObject(0).getString("message");
            assertTrue(message.contains("häufigsten") || message.contains("most common"), message);
        }
        HttpResponse<String> withName = createWith("kleinstadt", "Kleinstadt-Zugang-77");
        assertEquals(400, withName.statusCode(), withName.body());
        assertEquals(201, createWith("fine" + Integer.toString(ThreadLocalRandom.current().nextInt(1 << 30), 36),
                "Streuobstwiese-am-Bach").statusCode());
    }

    @Test
    void mandatoryOneTimePasswordsForAuditorsAndAdmins() throws Exception {
        String user = TestUsers.create("totp", "auditor");
        String password = TestUsers.password(user);
        admin.call(() -> secondFactor.setPolicy(Set.of("admin", "auditor")));
        try {
            HttpResponse<String> basic = Api.as(user, password).get("/api/v1/audit");
            assertEquals(401, basic.statusCode());
            assertTrue(basic.body().contains("one-time passwords"), basic.body());
            assertEquals(401, Api.as("admin").get("/api/v1/accounts").statusCode(), "admins cannot use Basic either");

            BrowserSession browser = new BrowserSession();
            HttpResponse<String> login = browser.logIn(user, password);
            assertEquals(302, login.statusCode(), login.body());
            assertTrue(login.headers().firstValue("Location").orElse("").contains("/enrol.xhtml"));
            assertFalse(browser.loggedIn(), "nothing but the enrolment before it is done");
            assertEquals(401, browser.get("/api/v1/audit", "application/json").statusCode());

            String secret = browser.enrolmentSecret();
            assertEquals(200, browser.confirmEnrolment(wrong(code(secret, Instant.now()))).statusCode());
            HttpResponse<String> enrolled = browser.confirmEnrolment(code(secret, Instant.now()));
            assertEquals(302, enrolled.statusCode(), enrolled.body());
            assertTrue(browser.loggedIn(), "the first right code completes the login");

            BrowserSession next = new BrowserSession();
            HttpResponse<String> passwordStep = next.logIn(user, password);
            assertEquals(200, passwordStep.statusCode());
            assertTrue(passwordStep.body().contains("code:otp"), "the form asks for the code");
            assertFalse(next.loggedIn(), "the password alone is not a login");
            String nextCode = code(secret, Instant.now().plusSeconds(30));
            assertEquals(200, next.enterCode(wrong(nextCode)).statusCode());
            assertFalse(next.loggedIn());
            assertEquals(302, next.enterCode(nextCode).statusCode());
            assertTrue(next.loggedIn());

            BrowserSession replay = new BrowserSession();
            replay.logIn(user, password);
            replay.enterCode(nextCode);
            assertFalse(replay.loggedIn(), "a code is accepted once");

            HttpResponse<String> stillNoBasic = Api.as(user, password).get("/api/v1/audit");
            assertEquals(401, stillNoBasic.statusCode());
        } finally {
            admin.call(() -> secondFactor.setPolicy(Set.of()));
        }
        assertEquals(200, Api.as("admin").get("/api/v1/accounts").statusCode());
        assertEquals(401, Api.as(user, password).get("/api/v1/audit").statusCode(),
                "an account with a one-time password never uses Basic");
    }

    private static HttpResponse<String> createWith(String username, String password) {
        return Api.as("admin").post("/api/v1/accounts", Json.createObjectBuilder()
                .add("username", username).add("displayName", username).add("email", username + "@example.org")
                .add("roles", Json.createArrayBuilder().add("office")).add("password", password).build().toString());
    }

    static String code(String secret, Instant at) throws Exception {
        TimeBasedOneTimePasswordGenerator totp = new TimeBasedOneTimePasswordGenerator(Duration.ofSeconds(30), 6,
                TimeBasedOneTimePasswordGenerator.TOTP_ALGORITHM_HMAC_SHA1);
        return totp.generateOneTimePasswordString(new SecretKeySpec(new Base32().decode(secret),
                TimeBasedOneTimePasswordGenerator.TOTP_ALGORITHM_HMAC_SHA1), at, Locale.ROOT);
    }

    private static String wrong(String code) {
        return String.format("%06d", (Integer.parseInt(code) + 1) % 1_000_000);
    }
}
