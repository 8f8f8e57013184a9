package de.netzwerkbuero.it.publicsurface;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import de.netzwerkbuero.it.support.Api;
import de.netzwerkbuero.it.support.JsfPostback;
import de.netzwerkbuero.it.support.Deployments;
import de.netzwerkbuero.it.support.ReceivedMails;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The anonymous surface from outside: throttles per client and per address, the honeypot, answers that do not
 * tell a known address from a new one, the confirmation by button, hashed tokens in the database, and the
 * online link of a non-public event reaching only the people holding a place.
 * <p>
 * The test server trusts {@code X-Forwarded-For} and allows 40 submissions per client (arquillian.xml), so each
 * test speaks from its own documentation address (198.51.100.0/24) and the other ITs, from 127.0.0.1, are not
 * throttled. Mails arrive at GreenMail on 127.0.0.1:2525.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PublicFormsIT {

    private static final int PER_CLIENT = 40;
    private static final int PER_ADDRESS = 3;
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final Pattern CONFIRM_LINK = Pattern.compile("https?://[^\\s]+/prospects/confirm\\?token=([^\\s]+)");
    private static final Pattern CANCEL_LINK = Pattern.compile("https?://[^\\s]+/registrations/cancel\\?token=([^\\s]+)");
    private static final AtomicInteger CLIENTS = new AtomicInteger(1);
    private static final Set<String> VARYING_HEADERS = Set.of("date", "connection");

    private static GreenMail smtp;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @BeforeAll
    static void startSmtp() {
        smtp = new GreenMail(new ServerSetup(2525, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
    }

    @AfterAll
    static void stopSmtp() {
        if (smtp != null) {
            smtp.stop();
        }
    }

    @BeforeEach
    void accounts() {
        Api.ensureTestAccounts();
    }

    @Test
    void aClientIsThrottledAfterItsLimitWithRetryAfter() {
        String client = newClient();
        for (int i = 1; i <= PER_CLIENT; i++) {
            HttpResponse<String> accepted = signUp(client, address("viele" + i), "robot");
            assertEquals(202, accepted.statusCode(), "submission " + i + ": " + accepted.body());
        }
        HttpResponse<String> refused = signUp(client, address("eine-zu-viel"), null);
        assertThrottled(refused);
        assertTrue(Api.json(refused).getString("detail").startsWith("Zu viele Anfragen"), refused.body());

        HttpResponse<String> english = post("/api/v1/events/1/registrations", client,
                registration("Eva", "Englisch", address("englisch"), null).build().toString(), "en");
        assertThrottled(english);
        assertTrue(Api.json(english).getString("detail").startsWith("Too many requests"), english.body());

        assertEquals(202, signUp(newClient(), address("andere-quelle"), "robot").statusCode(),
                "another client is not affected");
    }

    @Test
    void anAddressGetsAtMostThreeSubmissionsAnHour() {
        String email = address("ziel");
        for (int i = 1; i <= PER_ADDRESS; i++) {
            assertEquals(202, signUp(newClient(), email, null).statusCode(), "sign-up " + i);
        }
        assertThrottled(signUp(newClient(), email.toUpperCase(), null));
    }

    @Test
    void aFilledHoneypotIsAnsweredLikeSuccessButNothingHappens() throws Exception {
        String trapped = address("honigtopf");
        String real = address("echt");
        HttpResponse<String> robot = signUp(newClient(), trapped, "https://spam.example");
        HttpResponse<String> person = signUp(newClient(), real, null);
        assertSameAnswer(person, robot);

        long eventId = publishedEvent("Honigtopf " + unique(), "PUBLIC", null);
        HttpResponse<String> robotRegistration = post("/api/v1/events/" + eventId + "/registrations", newClient(),
                registration("Robo", "Ter", trapped, "https://spam.example").build().toString(), null);
        HttpResponse<String> personRegistration = post("/api/v1/events/" + eventId + "/registrations", newClient(),
                registration("Petra", "Person", real, null).build().toString(), null);
        assertSameAnswer(personRegistration, robotRegistration);

        assertEquals(0, Api.json(Api.as("office").get("/api/v1/prospects?q=" + trapped)).getInt("total"),
                "no prospect is stored for a filled honeypot");
        assertEquals(1, Api.json(Api.as("office").get("/api/v1/prospects?q=" + real)).getInt("total"));
        JsonObject registrations = Api.json(Api.as("office").get("/api/v1/events/" + eventId + "/registrations"));
        assertEquals(1, registrations.getInt("total"), registrations.toString());
        ReceivedMails.await(smtp, real, "Anmeldung bestätigt");
        ReceivedMails.await(smtp, real, "Bitte bestätigen");
        Thread.sleep(4_000);
        assertTrue(ReceivedMails.to(smtp, trapped, "").isEmpty(), "no mail for a filled honeypot");
    }

    @Test
    void theSignUpPageHasTheHoneypotAndSaysWhenItIsThrottled() throws Exception {
        String trapped = address("seite-honigtopf");
        HttpResponse<String> robot = new Browserless(null).fill("/prospects/signup.xhtml", "signup", "signup:submit",
                signUpFields(trapped, "https://spam.example"));
        assertTrue(robot.body().contains("id=\"thanks\""), "a robot is thanked like everybody");
        assertEquals(0, Api.json(Api.as("office").get("/api/v1/prospects?q=" + trapped)).getInt("total"));

        String email = address("seite");
        for (int i = 1; i <= PER_ADDRESS; i++) {
            HttpResponse<String> sent = new Browserless(null).fill("/prospects/signup.xhtml", "signup",
                    "signup:submit", signUpFields(email, null));
            assertTrue(sent.body().contains("id=\"thanks\""), "sign-up " + i);
        }
        HttpResponse<String> german = new Browserless("de").fill("/prospects/signup.xhtml", "signup", "signup:submit",
                signUpFields(email, null));
        assertFalse(german.body().contains("id=\"thanks\""));
        assertTrue(german.body().contains("Zu viele Anfragen"), "a German sentence");
        HttpResponse<String> english = new Browserless("en").fill("/prospects/signup.xhtml", "signup",
                "signup:submit", signUpFields(email, null));
        assertTrue(english.body().contains("Too many requests"), "an English sentence");
        assertEquals(1, Api.json(Api.as("office").get("/api/v1/prospects?q=" + email)).getInt("total"));
    }

    @Test
    void aKnownAddressGetsTheSameAnswerAsANewOne() throws Exception {
        String known = address("bekannt");
        HttpResponse<String> first = signUp(newClient(), known, null);
        HttpResponse<String> again = signUp(newClient(), known, null);
        HttpResponse<String> unknown = signUp(newClient(), address("unbekannt"), null);
        assertEquals(202, first.statusCode(), first.body());
        assertTrue(first.headers().firstValue("Location").isEmpty(), "no Location: " + first.headers());
        assertSameAnswer(unknown, again);
        assertSameAnswer(first, again);

        confirmByApi(tokens(known, "Bitte bestätigen", CONFIRM_LINK, 2));
        HttpResponse<String> confirmedAgain = signUp(newClient(), known, null);
        assertSameAnswer(unknown, confirmedAgain);
        ReceivedMails.await(smtp, known, "bereits angemeldet");

        long eventId = publishedEvent("Doppelt " + unique(), "PUBLIC", null);
        String registered = address("doppelt");
        HttpResponse<String> newRegistration = post("/api/v1/events/" + eventId + "/registrations", newClient(),
                registration("Dora", "Doppelt", registered, null).build().toString(), null);
        HttpResponse<String> repeated = post("/api/v1/events/" + eventId + "/registrations", newClient(),
                registration("Dora", "Doppelt", registered, null).build().toString(), null);
        assertEquals(202, newRegistration.statusCode(), newRegistration.body());
        assertSameAnswer(newRegistration, repeated);
        MimeMessage already = ReceivedMails.await(smtp, registered, "Bereits angemeldet");
        assertTrue(CANCEL_LINK.matcher(ReceivedMails.text(already)).find(), "the owner gets their cancel link again");
        assertEquals(1, Api.json(Api.as("office").get("/api/v1/events/" + eventId + "/registrations"))
                .getInt("total"));
    }

    @Test
    void theConfirmationLinkOpensAPageAndOnlyTheButtonConfirms() throws Exception {
        String email = address("knopf");
        assertEquals(202, signUp(newClient(), email, null).statusCode());
        MimeMessage mail = ReceivedMails.await(smtp, email, "Bitte bestätigen");
        Matcher link = CONFIRM_LINK.matcher(ReceivedMails.text(mail));
        assertTrue(link.find(), ReceivedMails.text(mail));
        String token = URLDecoderHelper.decode(link.group(1));

        assertEquals(405, Api.anonymous().get("/api/v1/prospects/confirm?token="
                + URLEncoder.encode(token, StandardCharsets.UTF_8)).statusCode(), "the API confirms on POST only");
        Browserless visitor = new Browserless(null);
        HttpResponse<String> redirect = visitor.get(link.group().replaceFirst("^https?://[^/]+", ""));
        assertEquals(302, redirect.statusCode());
        HttpResponse<String> page = visitor.get(redirect.headers().firstValue("Location").orElseThrow()
                .replaceFirst("^https?://[^/]+", ""));
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("id=\"optin:confirm\""), "the page offers the button");
        assertFalse(page.body().contains("id=\"confirmed\""), "opening the page confirms nothing");
        assertEquals("PENDING", prospectStatus(email), "a mail scanner following the link confirms nothing");

        HttpResponse<String> pressed = visitor.press(page, "optin", "optin:confirm");
        assertEquals(200, pressed.statusCode(), pressed.body());
        assertTrue(pressed.body().contains("id=\"confirmed\""), pressed.body());
        assertEquals("CONFIRMED", prospectStatus(email));
        assertNull(storedProspectToken(email), "a confirmed sign-up keeps no token at all");

        String pending = address("hash");
        assertEquals(202, signUp(newClient(), pending, null).statusCode());
        String pendingToken = tokens(pending, "Bitte bestätigen", CONFIRM_LINK, 1).get(0);
        assertEquals(OptIn.sha256(pendingToken), storedProspectToken(pending), "only the token's hash is stored");
    }

    @Test
    void cancelTokensAreStoredAsHashesAndTheLinkStillWorks() throws Exception {
        long eventId = publishedEvent("Stornolink " + unique(), "PUBLIC", null);
        String email = address("storno");
        HttpResponse<String> registered = Api.as("office").post("/api/v1/events/" + eventId + "/registrations",
                registration("Stella", "Storno", email, null).build().toString());
        assertEquals(201, registered.statusCode(), registered.body());
        long registrationId = Api.json(registered).getJsonNumber("id").longValue();
        String token = tokens(email, "Anmeldung bestätigt", CANCEL_LINK, 1).get(0);

        try (Connection db = database()) {
            assertFalse(columnExists(db, "events", "registration", "cancel_token"), "no plain token column");
            assertEquals(List.of(OptIn.sha256(token)), hashesOf(db, registrationId));
            try (PreparedStatement plain = db.prepareStatement(
                    "SELECT count(*) FROM events.cancel_link WHERE token_hash = ?")) {
                plain.setString(1, token);
                try (ResultSet rows = plain.executeQuery()) {
                    rows.next();
                    assertEquals(0, rows.getInt(1), "the token itself is stored nowhere");
                }
            }
        }
        HttpResponse<String> page = Api.anonymous().get("/registrations/cancel?token=" + token);
        assertEquals(200, page.statusCode(), "the link is found by its hash");
        assertTrue(page.body().contains("id=\"cancel:confirm\""), "cancelling is a button on the page");
        assertEquals("CONFIRMED", Api.json(Api.as("office").get("/api/v1/registrations/" + registrationId))
                .getString("status"), "opening the cancel link cancels nothing");
    }

    @Test
    void theOnlineLinkOfAMembersEventReachesOnlyPeopleHoldingAPlace() throws Exception {
        String url = "https://meet.example.org/netzwerk-" + unique();
        String title = "Onlinerunde " + unique();
        long membersOnly = publishedEvent("Mitglieder " + title, "MEMBERS", url);

        String prospect = address("interessent");
        assertEquals(202, signUp(newClient(), prospect, null).statusCode());
        confirmByApi(tokens(prospect, "Bitte bestätigen", CONFIRM_LINK, 1));
        long forProspects = publishedEvent(title, "MEMBERS_AND_PROSPECTS", url);

        for (long id : new long[]{membersOnly, forProspects}) {
            HttpResponse<String> list = Api.anonymous().get("/api/v1/public/events?size=500");
            assertEquals(200, list.statusCode());
            assertFalse(list.body().contains(url), "the public list carries no online link");
            JsonObject item = Api.json(list).getJsonArray("items").stream().map(JsonValue::asJsonObject)
                    .filter(e -> e.getJsonNumber("id").longValue() == id).findFirst().orElseThrow();
            assertTrue(!item.containsKey("onlineUrl") || item.isNull("onlineUrl"), item.toString());
            assertFalse(Api.anonymous().get("/api/v1/public/events/" + id).body().contains(url));
            assertFalse(unfold(Api.anonymous().get("/api/v1/events/" + id + "/ics").body()).contains(url));
            HttpResponse<String> page = Api.anonymous().get("/events/" + id);
            assertEquals(200, page.statusCode());
            assertFalse(page.body().contains(url), "the public page does not show the link");
            assertTrue(Api.as("office").get("/api/v1/events/" + id).body().contains(url), "the office sees it");
        }
        String feed = unfold(Api.anonymous().get("/api/v1/calendar.ics").body());
        assertTrue(feed.contains(title), "the events are in the feed");
        assertFalse(feed.contains(url), "the public feed carries no online link");
        assertFalse(ReceivedMails.text(ReceivedMails.await(smtp, prospect, "Neue Veranstaltung")).contains(url),
                "the invitation to prospects does not carry the link");

        HttpResponse<String> self = post("/api/v1/events/" + forProspects + "/registrations", newClient(),
                registration("Ida", "Interessiert", prospect, null).build().toString(), null);
        assertEquals(202, self.statusCode(), self.body());
        MimeMessage confirmation = ReceivedMails.await(smtp, prospect, "Anmeldung bestätigt");
        String ics = ReceivedMails.parts(confirmation).stream().filter(p -> ReceivedMails.fileName(p).endsWith(".ics")).findFirst()
                .map(PublicFormsIT::content).orElseThrow(() -> new AssertionError("an .ics attachment"));
        assertTrue(unfold(ics).contains(url), "the registrant's calendar file carries the link: " + ics);
        assertTrue(ReceivedMails.text(confirmation).contains(url), "and so does the confirmation text");
    }

    // --- the calls

    private static HttpResponse<String> signUp(String client, String email, String honeypot) {
        JsonObjectBuilder body = Json.createObjectBuilder().add("organisation", "Gemeinde Musterau")
                .add("contactName", "Mia Muster").add("email", email).add("consent", true);
        if (honeypot != null) {
            body.add("website", honeypot);
        }
        return post("/api/v1/prospects", client, body.build().toString(), null);
    }

    private static Map<String, String> signUpFields(String email, String honeypot) {
        Map<String, String> fields = new TreeMap<>(Map.of("signup:organisation", "Gemeinde Musterau",
                "signup:contactName", "Mia Muster", "signup:email", email, "signup:consent_input", "on"));
        if (honeypot != null) {
            fields.put("signup:website", honeypot);
        }
        return fields;
    }

    private static JsonObjectBuilder registration(String firstName, String lastName, String email, String honeypot) {
        JsonObjectBuilder body = Json.createObjectBuilder().add("firstName", firstName).add("lastName", lastName)
                .add("email", email);
        if (honeypot != null) {
            body.add("website", honeypot);
        }
        return body;
    }

    private static HttpResponse<String> post(String path, String client, String json, String language) {
        Map<String, String> headers = new TreeMap<>(Map.of("X-Forwarded-For", client + ", 10.0.0.1"));
        if (language != null) {
            headers.put("Accept-Language", language);
        }
        return Api.anonymous().send("POST", path, "application/json", json, headers);
    }

    /** Confirms with the one token that is still valid (a repeated sign-up replaces the earlier link's token). */
    private static void confirmByApi(List<String> tokens) {
        List<Integer> answers = new ArrayList<>();
        for (String token : tokens) {
            HttpResponse<String> confirmed = Api.anonymous().post("/api/v1/prospects/confirm",
                    Json.createObjectBuilder().add("token", token).build().toString());
            answers.add(confirmed.statusCode());
            if (confirmed.statusCode() == 200) {
                assertEquals("CONFIRMED", Api.json(confirmed).getString("status"));
            }
        }
        assertEquals(1, answers.stream().filter(status -> status == 200).count(), answers.toString());
    }

    private static long publishedEvent(String title, String audience, String onlineUrl) {
        ZonedDateTime day = ZonedDateTime.now(BERLIN).plusDays(21).withHour(11).withMinute(0).withSecond(0).withNano(0);
        JsonObjectBuilder event = Json.createObjectBuilder()
                .add("type", "WERKSTATT").add("format", onlineUrl == null ? "ON_SITE" : "HYBRID").add("title", title)
                .add("description", "Austausch unter Kommunen.")
                .add("startsAt", day.toOffsetDateTime().toString())
                .add("endsAt", day.withHour(16).withMinute(30).toOffsetDateTime().toString())
                .add("venue", "Alte Schule, Hauptstraße 3").add("capacity", 20).add("audience", audience);
        if (onlineUrl != null) {
            event.add("onlineUrl", onlineUrl);
        }
        Api office = Api.as("office");
        HttpResponse<String> created = office.post("/api/v1/events", event.build().toString());
        assertEquals(201, created.statusCode(), created.body());
        long id = Api.json(created).getJsonNumber("id").longValue();
        HttpResponse<String> published = office.post("/api/v1/events/" + id + "/publish", "");
        assertEquals(200, published.statusCode(), published.body());
        return id;
    }

    private static String prospectStatus(String email) {
        JsonObject list = Api.json(Api.as("office").get("/api/v1/prospects?q=" + email));
        assertEquals(1, list.getInt("total"), list.toString());
        return list.getJsonArray("items").getJsonObject(0).getString("status");
    }

    // --- assertions

    private static void assertThrottled(HttpResponse<String> response) {
        assertEquals(429, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        long retryAfter = Long.parseLong(response.headers().firstValue("Retry-After").orElseThrow());
        assertTrue(retryAfter > 0 && retryAfter <= 3601, "Retry-After " + retryAfter);
        assertEquals(429, Api.json(response).getInt("status"));
    }

    /** Status, body and headers (but the date) are the same. */
    private static void assertSameAnswer(HttpResponse<String> expected, HttpResponse<String> actual) {
        assertEquals(expected.statusCode(), actual.statusCode(), actual.body());
        assertEquals(expected.body(), actual.body());
        assertEquals(headers(expected), headers(actual));
    }

    private static Map<String, List<String>> headers(HttpResponse<String> response) {
        Map<String, List<String>> headers = new TreeMap<>();
        response.headers().map().forEach((name, values) -> {
            if (!VARYING_HEADERS.contains(name.toLowerCase())) {
                headers.put(name.toLowerCase(), values);
            }
        });
        return headers;
    }

    // --- the database

    private static Connection database() throws Exception {
        return DriverManager.getConnection(System.getProperty("db.url"), System.getProperty("db.user"),
                System.getProperty("db.password"));
    }

    private static boolean columnExists(Connection db, String schema, String table, String column) throws Exception {
        try (PreparedStatement query = db.prepareStatement("SELECT count(*) FROM information_schema.columns "
                + "WHERE table_schema = ? AND table_name = ? AND column_name = ?")) {
            query.setString(1, schema);
            query.setString(2, table);
            query.setString(3, column);
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getInt(1) > 0;
            }
        }
    }

    private static List<String> hashesOf(Connection db, long registrationId) throws Exception {
        try (PreparedStatement query = db.prepareStatement(
                "SELECT token_hash FROM events.cancel_link WHERE registration_id = ?")) {
            query.setLong(1, registrationId);
            List<String> hashes = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    hashes.add(rows.getString(1));
                }
            }
            return hashes;
        }
    }

    private static String storedProspectToken(String email) throws Exception {
        try (Connection db = database(); PreparedStatement query = db.prepareStatement(
                "SELECT token_hash FROM membership.prospect WHERE email = ?")) {
            query.setString(1, email);
            try (ResultSet rows = query.executeQuery()) {
                assertTrue(rows.next(), "a prospect " + email);
                return rows.getString(1);
            }
        }
    }

    // --- mails

    /** The tokens of the links in the first {@code count} such mails to the address, once they all arrived. */
    private static List<String> tokens(String to, String subjectPart, Pattern link, int count) throws Exception {
        List<MimeMessage> mails = ReceivedMails.await(smtp, to, subjectPart, count);
        List<String> tokens = new ArrayList<>();
        for (MimeMessage mail : mails) {
            Matcher matcher = link.matcher(ReceivedMails.text(mail));
            assertTrue(matcher.find(), "a link in the mail to " + to + ": " + ReceivedMails.text(mail));
            tokens.add(URLDecoderHelper.decode(matcher.group(1)));
        }
        return tokens;
    }

    private static String content(BodyPart part) {
        try {
            return new String(part.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException | MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    // --- small helpers

    /** iCalendar folds long lines (CRLF and a space); unfolded, a link reads as one piece again. */
    private static String unfold(String ics) {
        return ics.replace("\r\n ", "").replace("\r\n\t", "").replace("\n ", "");
    }

    private static String newClient() {
        return "198.51.100." + CLIENTS.getAndIncrement();
    }

    private static String address(String name) {
        return name + "-" + unique() + "@example.org";
    }

    private static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    private static final class OptIn {

        static String sha256(String token) throws Exception {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        }
    }

    private static final class URLDecoderHelper {

        static String decode(String value) {
            return java.net.URLDecoder.decode(value, StandardCharsets.UTF_8);
        }
    }

    /**
     * A visitor with a session (cookies), its own client address and language, who can fill a JSF form and press
     * its button without JavaScript.
     */
    private static final class Browserless {

        private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10)).build();

        private final String language;
        private final String clientAddress = newClient();

        Browserless(String language) {
            this.language = language;
        }

        HttpResponse<String> get(String path) throws Exception {
            return client.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        }

        HttpResponse<String> fill(String path, String form, String button, Map<String, String> fields)
                throws Exception {
            HttpResponse<String> page = get(path);
            assertEquals(200, page.statusCode(), path);
            return press(page, form, button, fields);
        }

        HttpResponse<String> press(HttpResponse<String> page, String form, String button) throws Exception {
            return press(page, form, button, Map.of());
        }

        private HttpRequest.Builder request(String path) {
            HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(Api.BASE + path))
                    .header("X-Forwarded-For", clientAddress);
            return language == null ? builder : builder.header("Accept-Language", language);
        }

        HttpResponse<String> press(HttpResponse<String> page, String form, String button, Map<String, String> fields)
                throws Exception {
            String body = JsfPostback.body(page.body(), form, button, fields);
            return client.send(request(JsfPostback.action(page.body(), form))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        }

    }
}
