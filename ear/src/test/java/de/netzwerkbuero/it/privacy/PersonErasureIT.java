package de.netzwerkbuero.it.privacy;

import de.netzwerkbuero.it.support.AsAdmin;
import de.netzwerkbuero.it.support.AsAuditor;
import de.netzwerkbuero.it.support.AsLead;
import de.netzwerkbuero.it.support.AsOffice;
import de.netzwerkbuero.it.support.Api;
import de.netzwerkbuero.it.support.Caller;
import de.netzwerkbuero.it.support.Deployments;
import de.netzwerkbuero.platform.api.clock.ClockControl;
import de.netzwerkbuero.platform.api.mail.Mail;
import de.netzwerkbuero.platform.api.mail.MailRetention;
import de.netzwerkbuero.platform.api.mail.Mailer;
import de.netzwerkbuero.platform.api.privacy.ErasureReport;
import de.netzwerkbuero.platform.api.privacy.PersonRequests;
import jakarta.ejb.EJB;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.naming.InitialContext;
import javax.sql.DataSource;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * DSGVO requests about one person across all modules, in the server against PostgreSQL: a member's contact who
 * is also a prospect and registered for two events (once as the contact, with another address, once as a guest),
 * and a guest who is nobody's contact. The export holds everything; after the erasure the person is in no list,
 * no participant export, no outbox and in no audit entry written since the test began, while attendance counts
 * stay. Also the mail retention period and who may make the requests.
 */
@ExtendWith(ArquillianExtension.class)
class PersonErasureIT {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final Pattern CANCEL_TOKEN = Pattern.compile("registrations/cancel\\?token=([A-Za-z0-9_-]{43})");

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.withTests(PersonErasureIT.class);
    }

    @EJB
    private PersonRequests persons;
    @EJB
    private MailRetention retention;
    @EJB
    private Mailer mailer;
    @EJB
    private ClockControl clock;
    @EJB
    private AsOffice office;
    @EJB
    private AsAdmin admin;
    @EJB
    private AsAuditor auditor;
    @EJB
    private AsLead lead;

    @BeforeEach
    void accounts() {
        Api.ensureTestAccounts();
    }

    @Test
    void aContactErasedIsErasedEverywhereAndTheExportHeldAllOfItBefore() throws Exception {
        Instant testStart = Instant.now().minusSeconds(5);
        String u = unique();
        String first = "Priska" + u;
        String last = "Privatia" + u;
        String email = "priska." + u + "@example.org";
        String workEmail = "p.privatia." + u + "@example.org";
        String function = "Kassenwartin" + u;
        String prospectOrganisation = "Initiative Privatia " + u;
        Api office = Api.as("office");

        long memberId = id(office.post("/api/v1/members", Json.createObjectBuilder().add("kind", "PARTNER")
                .add("name", "Verein Datenschutz " + u).build().toString()));
        long contactId = id(office.post("/api/v1/members/" + memberId + "/contacts", Json.createObjectBuilder()
                .add("firstName", first).add("lastName", last).add("function", function)
                .add("email", email.toUpperCase()).add("phone", "030 1234").add("primary", true).add("consent", true)
                .build().toString()));
        HttpResponse<String> signUp = Api.anonymous().post("/api/v1/prospects", Json.createObjectBuilder()
                .add("organisation", prospectOrganisation).add("contactName", first + " " + last)
                .add("email", email).add("consent", true).build().toString());
        assertTrue(signUp.statusCode() < 300, signUp.body());

        ZonedDateTime start = ZonedDateTime.now(BERLIN).plusDays(21).withHour(10).truncatedTo(ChronoUnit.HOURS);
        long workshop = publishedEvent("Werkstatt Datenschutz " + u, start);
        long trip = publishedEvent("Exkursion Datenschutz " + u, start.plusDays(1));
        long asContact = id(office.post("/api/v1/events/" + workshop + "/registrations", Json.createObjectBuilder()
                .add("memberId", memberId).add("contactId", contactId).add("firstName", first).add("lastName", last)
                .add("email", workEmail).build().toString()));
        long asGuest = id(office.post("/api/v1/events/" + trip + "/registrations", guest(first, last, email,
                "Freundeskreis " + u)));
        long other = id(office.post("/api/v1/events/" + workshop + "/registrations", guest("Otto", "Anders" + u,
                "otto." + u + "@example.org", null)));
        assertTrue(outboxCount(email) >= 2, "sign-up and confirmation mails wait for the address");
        assertEquals(1, outboxCount(workEmail));
        String oldCancelToken = cancelToken(workEmail);
        assertEquals(200, Api.anonymous().get("/registrations/cancel?token=" + oldCancelToken).statusCode());

        checkIn(start, asContact, other);

        JsonObject export = Api.json(office.get("/api/v1/persons/export?email=" + url(email)));
        assertEquals(email, export.getString("email"));
        assertEquals(0, export.getJsonArray("incomplete").size(), export.toString());
        JsonObject contact = only(export.getJsonArray("contacts"));
        assertEquals(contactId, Long.parseLong(contact.get("id").toString()));
        assertEquals("Verein Datenschutz " + u, contact.getString("memberName"));
        assertEquals(function, contact.getString("function"));
        assertEquals(prospectOrganisation, only(export.getJsonArray("prospects")).getString("organisation"));
        JsonArray registrations = export.getJsonArray("registrations");
        assertEquals(2, registrations.size(), "as the contact (other address) and as a guest: " + registrations);
        assertTrue(registrations.toString().contains("Werkstatt Datenschutz " + u));
        assertTrue(registrations.toString().contains("ATTENDED"));
        assertTrue(registrations.toString().contains("eventStartsAt"));
        assertTrue(export.getJsonArray("addresses").toString().contains(workEmail),
                "the address of the contact's registration belongs to the person: " + export.getJsonArray("addresses"));
        JsonArray mails = export.getJsonArray("mails");
        assertTrue(mails.size() >= 3, "to both addresses: " + mails);
        assertTrue(mails.getJsonObject(0).containsKey("subject") && mails.getJsonObject(0).containsKey("status"));
        assertTrue(export.getJsonArray("audit").size() >= 4, "entries about the contact, prospect, registrations");
        assertFalse(export.getJsonArray("audit").toString().contains(first), "the audit trail holds no name");

        HttpResponse<String> erased = office.post("/api/v1/contacts/" + contactId + "/erasure", "");
        assertEquals(200, erased.statusCode(), erased.body());
        assertTrue(Api.json(erased).getBoolean("erased"));

        List<String> personal = List.of(first, last, email, workEmail, function, prospectOrganisation, "030 1234");
        assertNowhere(personal, office.get("/api/v1/members/" + memberId + "/contacts").body(), "contacts");
        assertNowhere(personal, office.get("/api/v1/prospects?q=" + u + "&size=100").body(), "prospects");
        assertEquals(0, Api.json(office.get("/api/v1/prospects?q=" + u)).getInt("total"));
        for (long event : new long[]{workshop, trip}) {
            String list = office.get("/api/v1/events/" + event + "/registrations?size=100").body();
            assertNowhere(personal, list, "registrations");
            assertTrue(list.contains("Gelöscht"), list);
            HttpResponse<String> csv = office.get("/api/v1/events/" + event + "/participants.csv");
            assertEquals(200, csv.statusCode());
            assertNowhere(personal, csv.body(), "participants.csv");
            assertTrue(csv.body().contains("Gelöscht"), csv.body());
            assertEquals(200, office.get("/api/v1/events/" + event + "/participants.xlsx").statusCode());
            assertEquals(200, office.get("/api/v1/events/" + event + "/sign-in-sheet.pdf").statusCode());
        }
        JsonObject kept = Api.json(office.get("/api/v1/registrations/" + asContact));
        assertEquals("ATTENDED", kept.getString("status"), "attendance stays for the funding proof");
        assertEquals(memberId, kept.getJsonNumber("memberId").longValue());
        assertEquals("Verein Datenschutz " + u, kept.getString("organisation"));
        assertTrue(kept.isNull("email"));
        assertEquals(2, Api.json(office.get("/api/v1/events/" + workshop + "/registrations?status=ATTENDED"))
                .getInt("total"), "attendance counts are kept");
        assertEquals("CONFIRMED", Api.json(office.get("/api/v1/registrations/" + asGuest)).getString("status"));
        assertTrue(Api.json(office.get("/api/v1/registrations/" + other)).getString("email").startsWith("otto."),
                "others are untouched");

        assertEquals(0, outboxCount(email), "pending mail to the address is cancelled");
        assertEquals(0, outboxCount(workEmail));
        assertEquals(0, outboxMentioning(last));
        assertEquals(404, Api.anonymous().get("/registrations/cancel?token=" + oldCancelToken).statusCode(),
                "the cancel link sent before no longer works");
        assertEquals(200, office.post("/api/v1/events/" + trip + "/cancel", "{\"reason\":\"Sturm\"}").statusCode());
        assertEquals(0, outboxCount(email), "no cancellation mail to the old address");

        JsonObject after = Api.json(office.get("/api/v1/persons/export?email=" + url(email)));
        for (String section : new String[]{"contacts", "prospects", "registrations", "mails"}) {
            assertEquals(0, after.getJsonArray(section).size(), section + " after erasure: " + after);
        }

        String trail = Api.as("auditor").get("/api/v1/audit/export?from=" + url(testStart.atOffset(
                java.time.ZoneOffset.UTC).toString())).body();
        assertTrue(trail.contains("PERSON_ERASED"), "the erasure is in the audit trail");
        assertNowhere(personal, trail, "audit trail");
        assertNowhere(List.of(email.toUpperCase()), trail, "audit trail");
    }

    @Test
    void aGuestIsFoundAndErasedByAddressAlone() throws Exception {
        String u = unique();
        String email = "gast." + u + "@example.org";
        Api office = Api.as("office");
        long event = publishedEvent("Netzwerktreffen Datenschutz " + u,
                ZonedDateTime.now(BERLIN).plusDays(30).withHour(14).truncatedTo(ChronoUnit.HOURS));
        // Registered by the office: a self-registration answers without the id (it must not tell who is known).
        long registration = id(office.post("/api/v1/events/" + event + "/registrations",
                guest("Gustav", "Gast" + u, email, null)));

        JsonObject export = Api.json(office.get("/api/v1/persons/export?email=" + url(email.toUpperCase())));
        assertEquals(1, export.getJsonArray("registrations").size(), export.toString());
        assertEquals(0, export.getJsonArray("contacts").size());
        assertTrue(export.getJsonArray("mails").size() >= 1, "the confirmation mail");

        HttpResponse<String> erasure = office.post("/api/v1/persons/erasure", "{\"email\":\"" + email + "\"}");
        assertEquals(200, erasure.statusCode(), erasure.body());
        JsonObject report = Api.json(erasure);
        assertTrue(report.getBoolean("complete"), report.toString());
        assertEquals(3, report.getJsonArray("modules").size(), report.toString());
        String erasureId = report.getString("erasureId");
        assertFalse(erasureId.contains(u));

        assertEquals(0, outboxCount(email));
        JsonObject erased = Api.json(office.get("/api/v1/registrations/" + registration));
        assertEquals("Gelöscht", erased.getString("lastName"));
        assertEquals("CONFIRMED", erased.getString("status"), "the place stays taken");
        JsonObject entries = Api.json(Api.as("auditor").get("/api/v1/audit?action=PERSON_ERASED&entityId=" + erasureId));
        assertEquals(3, entries.getJsonArray("items").size(), "one entry per module: " + entries);
        assertFalse(entries.toString().contains(email));

        HttpResponse<String> again = office.post("/api/v1/persons/erasure", "{\"email\":\"" + email + "\"}");
        assertTrue(Api.json(again).getBoolean("complete"), "repeating an erasure is harmless");
        assertEquals(400, office.post("/api/v1/persons/erasure", "{\"email\":\"kein-at\"}").statusCode());
        assertEquals(400, office.get("/api/v1/persons/export").statusCode());
        assertEquals(415, office.send("POST", "/api/v1/persons/erasure", "text/plain", email, Map.of()).statusCode());
    }

    @Test
    void onlyTheOfficeMayMakeTheRequests() throws Exception {
        String body = "{\"email\":\"niemand@example.org\"}";
        for (String user : new String[]{"lead", "auditor", "admin"}) {
            assertEquals(403, Api.as(user).get("/api/v1/persons/export?email=niemand%40example.org").statusCode(), user);
            assertEquals(403, Api.as(user).post("/api/v1/persons/erasure", body).statusCode(), user);
        }
        assertEquals(401, Api.anonymous().get("/api/v1/persons/export?email=niemand%40example.org").statusCode());
        assertFalse(Caller.allowed(lead, () -> persons.erase("niemand@example.org")));
        assertFalse(Caller.allowed(auditor, () -> persons.export("niemand@example.org")));
        assertFalse(Caller.allowed(admin, () -> persons.erase("niemand@example.org")));
        ErasureReport report = office.call(() -> persons.erase("niemand@example.org"));
        assertTrue(report.complete());
        assertFalse(Caller.allowed(office, () -> retention.purgeExpired()), "the purge is for administrators");
    }

    @Test
    void sentMailIsDeletedAfterTheRetentionPeriodByTheBusinessClock() throws Exception {
        String u = unique();
        assertEquals(90, admin.call(() -> retention.retentionDays()));
        long old = mailer.enqueue(Mail.of("alt." + u + "@example.org", "Alt " + u, "Text"));
        long recent = mailer.enqueue(Mail.of("neu." + u + "@example.org", "Neu " + u, "Text"));
        long waiting = mailer.enqueue(Mail.of("wartend." + u + "@example.org", "Wartend " + u, "Text"));
        markSent(old, OffsetDateTime.now().minusDays(91));
        markSent(recent, OffsetDateTime.now().minusDays(10));

        assertTrue(admin.call(() -> retention.purgeExpired()) >= 1);
        assertFalse(exists(old), "sent 91 days ago: gone");
        assertTrue(exists(recent), "sent 10 days ago: kept");
        assertTrue(exists(waiting), "not sent yet: kept");

        clock.fixAt(Instant.now().plus(81, ChronoUnit.DAYS));
        try {
            admin.call(() -> retention.purgeExpired());
        } finally {
            clock.release();
        }
        assertFalse(exists(recent), "90 days after sending (business clock) it is gone too");
        assertTrue(exists(waiting));
    }

    private void checkIn(ZonedDateTime day, long... registrations) throws Exception {
        clock.fixAt(day.toInstant());
        try {
            for (long registration : registrations) {
                HttpResponse<String> checkedIn = Api.as("office").post("/api/v1/registrations/" + registration
                        + "/check-in", "");
                assertEquals(200, checkedIn.statusCode(), checkedIn.body());
            }
        } finally {
            clock.release();
        }
    }

    private static long publishedEvent(String title, ZonedDateTime start) {
        Api office = Api.as("office");
        long id = id(office.post("/api/v1/events", Json.createObjectBuilder()
                .add("type", "WERKSTATT").add("format", "ON_SITE").add("title", title)
                .add("description", "Werkstatt zum Datenschutz.")
                .add("startsAt", start.toOffsetDateTime().toString())
                .add("endsAt", start.plusHours(5).toOffsetDateTime().toString())
                .add("venue", "Rathaus").add("capacity", 20).add("audience", "PUBLIC").build().toString()));
        assertEquals(200, office.post("/api/v1/events/" + id + "/publish", "").statusCode());
        return id;
    }

    private static String guest(String first, String last, String email, String organisation) {
        JsonObjectBuilder body = Json.createObjectBuilder().add("firstName", first).add("lastName", last)
                .add("email", email);
        if (organisation != null) {
            body.add("organisation", organisation);
        }
        return body.build().toString();
    }

    private static long id(HttpResponse<String> created) {
        assertEquals(201, created.statusCode(), created.body());
        return Api.json(created).getJsonNumber("id").longValue();
    }

    private static JsonObject only(JsonArray array) {
        assertEquals(1, array.size(), array.toString());
        return array.getJsonObject(0);
    }

    private static void assertNowhere(List<String> personal, String text, String where) {
        List<String> found = new ArrayList<>();
        for (String value : personal) {
            if (text.toLowerCase().contains(value.toLowerCase())) {
                found.add(value);
            }
        }
        assertTrue(found.isEmpty(), where + " still holds " + found);
    }

    private static String url(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    private static DataSource dataSource() throws Exception {
        return (DataSource) new InitialContext().lookup("java:jboss/datasources/NetzwerkDS");
    }

    private static int outboxCount(String email) throws Exception {
        return count("select count(*) from platform.outbox_mail where lower(recipient) = ?", email.toLowerCase());
    }

    private static int outboxMentioning(String text) throws Exception {
        return count("select count(*) from platform.outbox_mail where body like ?", "%" + text + "%");
    }

    private static boolean exists(long mailId) throws Exception {
        return count("select count(*) from platform.outbox_mail where id = ?", mailId) == 1;
    }

    private static String cancelToken(String email) throws Exception {
        try (Connection c = dataSource().getConnection();
             PreparedStatement s = c.prepareStatement("select body from platform.outbox_mail where lower(recipient) = ?")) {
            s.setString(1, email.toLowerCase());
            try (ResultSet rows = s.executeQuery()) {
                while (rows.next()) {
                    Matcher token = CANCEL_TOKEN.matcher(rows.getString(1));
                    if (token.find()) {
                        return token.group(1);
                    }
                }
            }
        }
        throw new AssertionError("no mail with a cancel link to " + email);
    }

    private static void markSent(long mailId, OffsetDateTime at) throws Exception {
        try (Connection c = dataSource().getConnection();
             PreparedStatement s = c.prepareStatement("update platform.outbox_mail set sent_at = ? where id = ?")) {
            s.setTimestamp(1, Timestamp.from(at.toInstant()));
            s.setLong(2, mailId);
            assertEquals(1, s.executeUpdate());
        }
    }

    private static int count(String sql, Object parameter) throws Exception {
        try (Connection c = dataSource().getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setObject(1, parameter);
            try (ResultSet rows = s.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        }
    }
}
