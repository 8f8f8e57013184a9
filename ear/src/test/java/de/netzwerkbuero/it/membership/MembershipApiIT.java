package de.netzwerkbuero.it.membership;

import de.netzwerkbuero.it.support.Api;
import de.netzwerkbuero.it.support.Deployments;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Membership's REST contract from a client's point of view (DESIGN.md, REST API): paths, field names, status
 * codes, problem+json with violations, ETag/If-Match, paging, and the public endpoints. AGS used here are used
 * by no other test.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MembershipApiIT {

    private static final String MEMBERS = "/api/v1/members";
    private static boolean registerImported;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @BeforeEach
    void accountsAndRegister() {
        Api.ensureTestAccounts();
        if (!registerImported) {
            HttpResponse<String> imported = Api.as("office").post("/api/v1/register/import", "");
            assertEquals(200, imported.statusCode(), imported.body());
            assertTrue(Api.json(imported).getInt("municipalities") > 10_000, imported.body());
            registerImported = true;
        }
    }

    @Test
    void aMemberIsCreatedWith201AndLocationAndReadWithItsVersionAsETag() {
        HttpResponse<String> created = office().post(MEMBERS, member("KOMMUNE", null, "06431001"));
        assertEquals(201, created.statusCode(), created.body());
        JsonObject body = Api.json(created);
        long id = body.getJsonNumber("id").longValue();
        String location = created.headers().firstValue("Location").orElseThrow();
        assertTrue(location.endsWith(MEMBERS + "/" + id), location);
        for (String field : new String[]{"id", "kind", "name", "ags", "state", "population", "website", "email",
                "status", "foundingMember", "joinedOn", "version"}) {
            assertTrue(body.containsKey(field), "member has " + field + ": " + body);
        }
        assertEquals("Abtsteinach", body.getString("name"));
        assertEquals("HE", body.getString("state"));
        assertEquals("PROSPECT", body.getString("status"));

        HttpResponse<String> read = office().get(location.substring(location.indexOf(MEMBERS)));
        assertEquals(200, read.statusCode());
        assertEquals("\"" + Api.json(read).getJsonNumber("version").longValue() + "\"",
                read.headers().firstValue("ETag").orElseThrow());
    }

    @Test
    void invalidAndUnknownKeysAre400WithAViolationOnAgs() {
        assertViolation(office().post(MEMBERS, member("KOMMUNE", "Irgendwo", "0643100")), "ags");
        assertViolation(office().post(MEMBERS, member("KOMMUNE", "Irgendwo", "9905100X")), "ags");
        assertViolation(office().post(MEMBERS, member("KOMMUNE", "Irgendwo", "99051003")), "ags");
        assertViolation(office().post(MEMBERS, member("KOMMUNE", "Irgendwo", "12999999")), "ags");
        assertViolation(office().post(MEMBERS, member("PARTNER", "Verein", "06431004")), "ags");
        assertViolation(office().post(MEMBERS, member("KOMMUNE", "Irgendwo", null)), "ags");
        assertProblem(office().post(MEMBERS, "{\"kind\":\"STADTSTAAT\",\"name\":\"X\"}"), 400);
    }

    @Test
    void aSecondMemberWithTheSameAgsIsRefusedWith400OnAgs() {
        assertEquals(201, office().post(MEMBERS, member("KOMMUNE", null, "06431003")).statusCode());
        HttpResponse<String> duplicate = office().post(MEMBERS, member("KOMMUNE", "Biblis", "06431003"));
        JsonObject problem = assertViolation(duplicate, "ags");
        assertTrue(problem.getJsonArray("violations").getJsonObject(0).getString("message").contains("bereits"),
                "German text from the bundle: " + problem);
        HttpResponse<String> english = office().send("POST", MEMBERS, "application/json",
                member("KOMMUNE", "Biblis", "06431003"), Map.of("Accept-Language", "en"));
        assertTrue(english.body().contains("exists already"), english.body());
    }

    @Test
    void aStaleIfMatchIs412AndAMissingOneIs428() {
        JsonObject created = Api.json(office().post(MEMBERS, member("KOMMUNE", null, "06431004")));
        long id = created.getJsonNumber("id").longValue();
        String etag = "\"" + created.getJsonNumber("version").longValue() + "\"";
        String change = "{\"kind\":\"KOMMUNE\",\"name\":\"Birkenau\",\"ags\":\"06431004\","
                + "\"website\":\"https://www.birkenau.example\",\"email\":null}";
        HttpResponse<String> changed = office().put(MEMBERS + "/" + id, change, Map.of("If-Match", etag));
        assertEquals(200, changed.statusCode(), changed.body());
        assertEquals("https://www.birkenau.example", Api.json(changed).getString("website"));
        assertProblem(office().put(MEMBERS + "/" + id, change, Map.of("If-Match", etag)), 412);
        assertProblem(office().put(MEMBERS + "/" + id, change, Map.of()), 428);
    }

    @Test
    void transitionsAnswer200WithTheMemberOr400ForAMissingReasonOr409WhenForbidden() {
        long id = Api.json(office().post(MEMBERS, member("KOMMUNE", null, "07131090"))).getJsonNumber("id").longValue();
        JsonObject forbidden = assertProblem(office().post(MEMBERS + "/" + id + "/transitions", "{\"action\":\"admit\"}"), 409);
        assertTrue(forbidden.getString("type").endsWith("membership.transitionNotAllowed"), forbidden.toString());

        HttpResponse<String> applied = office().post(MEMBERS + "/" + id + "/transitions", "{\"action\":\"apply\"}");
        assertEquals(200, applied.statusCode(), applied.body());
        assertEquals("APPLIED", Api.json(applied).getString("status"));
        assertTrue(applied.headers().firstValue("ETag").isPresent());

        assertViolation(office().post(MEMBERS + "/" + id + "/transitions", "{\"action\":\"reject\"}"), "reason");
        assertViolation(office().post(MEMBERS + "/" + id + "/transitions", "{\"action\":\"reject\",\"reason\":\"\"}"), "reason");
        assertViolation(office().post(MEMBERS + "/" + id + "/transitions", "{\"action\":\"fly\"}"), "action");
        assertViolation(office().post(MEMBERS + "/" + id + "/transitions", "{}"), "action");

        HttpResponse<String> rejected = office().post(MEMBERS + "/" + id + "/transitions",
                "{\"action\":\"reject\",\"reason\":\"passt nicht ins Profil\"}");
        assertEquals(200, rejected.statusCode(), rejected.body());
        assertEquals("REJECTED", Api.json(rejected).getString("status"));

        JsonArray history = Api.parse(office().get(MEMBERS + "/" + id + "/history").body()).asJsonArray();
        assertEquals(3, history.size(), history.toString());
        JsonObject last = history.getJsonObject(2);
        for (String field : new String[]{"from", "to", "action", "actor", "at", "reason"}) {
            assertTrue(last.containsKey(field), "history entry has " + field);
        }
        assertEquals("APPLIED", last.getString("from"));
        assertEquals("REJECTED", last.getString("to"));
        assertEquals("reject", last.getString("action"));
        assertEquals("office", last.getString("actor"));
        assertEquals("passt nicht ins Profil", last.getString("reason"));
    }

    @Test
    void theApplicationAndContactsAreReadAndWritten() {
        long id = Api.json(office().post(MEMBERS, member("KOMMUNE", null, "07131004"))).getJsonNumber("id").longValue();
        LocalDate yesterday = LocalDate.now().minusDays(1);
        String application = Json.createObjectBuilder().add("motivation", "Leerstand beleben")
                .add("expectations", "Austausch").add("vacancyProjects", "Alte Schule")
                .add("preselectionOn", yesterday.minusDays(1).toString()).add("preselectionOutcome", "empfohlen")
                .add("meetingOn", yesterday.toString()).add("meetingOutcome", "gutes Gespräch")
                .add("notes", "—").build().toString();
        HttpResponse<String> saved = office().put(MEMBERS + "/" + id + "/application", application, Map.of());
        assertEquals(200, saved.statusCode(), saved.body());
        JsonObject read = Api.json(office().get(MEMBERS + "/" + id + "/application"));
        assertEquals("Alte Schule", read.getString("vacancyProjects"));
        assertEquals(yesterday.toString(), read.getString("meetingOn"));
        assertViolation(office().put(MEMBERS + "/" + id + "/application", "{\"motivation\":\"\"}", Map.of()), "motivation");

        HttpResponse<String> contact = office().post(MEMBERS + "/" + id + "/contacts", "{\"firstName\":\"Anna\","
                + "\"lastName\":\"Antweiler\",\"function\":\"Ortsbürgermeisterin\",\"email\":\"anna@antweiler.example\","
                + "\"phone\":\"02693 1\",\"primary\":true,\"consent\":true}");
        assertEquals(201, contact.statusCode(), contact.body());
        long contactId = Api.json(contact).getJsonNumber("id").longValue();
        assertTrue(contact.headers().firstValue("Location").orElseThrow().endsWith("/api/v1/contacts/" + contactId));
        assertFalse(Api.json(contact).isNull("consentAt"), "consent is kept with its time");
        assertEquals(1, Api.parse(office().get(MEMBERS + "/" + id + "/contacts").body()).asJsonArray().size());
        assertViolation(office().post(MEMBERS + "/" + id + "/contacts", "{\"lastName\":\"X\",\"email\":\"kaputt\"}"), "email");

        HttpResponse<String> export = office().get("/api/v1/contacts/" + contactId + "/export");
        assertEquals(200, export.statusCode());
        assertTrue(export.body().contains("anna@antweiler.example"));
        HttpResponse<String> erased = office().post("/api/v1/contacts/" + contactId + "/erasure", "");
        assertEquals(200, erased.statusCode(), erased.body());
        assertTrue(Api.json(erased).getBoolean("erased"));
        assertFalse(office().get("/api/v1/contacts/" + contactId + "/export").body().contains("anna@"));
    }

    @Test
    void admissionRoundsAreCreatedWith201AndOpenedWith200() {
        LocalDate date = LocalDate.now().plusDays(200);
        String round = "{\"date\":\"" + date + "\",\"applicationDeadline\":\"" + date.minusDays(14) + "\",\"capacity\":3}";
        HttpResponse<String> created = office().post("/api/v1/admission-rounds", round);
        assertEquals(201, created.statusCode(), created.body());
        JsonObject body = Api.json(created);
        for (String field : new String[]{"id", "date", "applicationDeadline", "capacity", "status"}) {
            assertTrue(body.containsKey(field), "round has " + field);
        }
        assertEquals("PLANNED", body.getString("status"));
        long id = body.getJsonNumber("id").longValue();
        assertTrue(created.headers().firstValue("Location").orElseThrow().endsWith("/api/v1/admission-rounds/" + id));
        HttpResponse<String> opened = office().post("/api/v1/admission-rounds/" + id + "/open", "");
        assertEquals(200, opened.statusCode(), opened.body());
        assertEquals("OPEN", Api.json(opened).getString("status"));
        assertProblem(office().post("/api/v1/admission-rounds/" + id + "/open", ""), 409);
        assertTrue(office().get("/api/v1/admission-rounds").body().contains("\"id\":" + id));
        assertViolation(office().post("/api/v1/admission-rounds", "{\"date\":\"2000-01-01\",\"capacity\":0}"), "date");
        HttpResponse<String> closed = office().post("/api/v1/admission-rounds/" + id + "/close", "");
        assertEquals(200, closed.statusCode());
        assertEquals("CLOSED", Api.json(closed).getString("status"));
    }

    @Test
    void listsArePagedAndFiltered() {
        office().post(MEMBERS, member("KOMMUNE", null, "07131005"));
        office().post(MEMBERS, member("PARTNER", "Förderverein Aremberg " + System.nanoTime(), null));
        JsonObject page = Api.json(office().get(MEMBERS + "?page=0&size=1&sort=name,desc"));
        assertEquals(1, page.getJsonArray("items").size());
        assertEquals(0, page.getInt("page"));
        assertEquals(1, page.getInt("size"));
        assertTrue(page.getJsonNumber("total").longValue() >= 2);

        JsonObject filtered = Api.json(office().get(MEMBERS + "?state=RP&kind=KOMMUNE&status=PROSPECT&q=Aremberg"));
        assertEquals(1, filtered.getJsonNumber("total").longValue(), filtered.toString());
        assertEquals("07131005", filtered.getJsonArray("items").getJsonObject(0).getString("ags"));
        assertViolation(office().get(MEMBERS + "?status=SLEEPING"), "status");
        assertViolation(office().get(MEMBERS + "?sort=email"), "sort");
        assertProblem(office().get(MEMBERS + "?size=0"), 400);
    }

    @Test
    void membersAreOfficeWork() {
        assertProblem(Api.anonymous().get(MEMBERS), 401);
        assertProblem(Api.as("lead").get(MEMBERS), 403);
        assertProblem(Api.as("auditor").get(MEMBERS), 403);
        assertProblem(Api.as("admin").post(MEMBERS, member("PARTNER", "Admin-Verein", null)), 403);
        assertProblem(Api.anonymous().get("/api/v1/prospects"), 401);
        assertProblem(Api.as("lead").get("/api/v1/admission-rounds"), 403);
        assertProblem(Api.as("lead").post("/api/v1/register/import", ""), 403);
        assertProblem(office().get(MEMBERS + "/999999999"), 404);
    }

    @Test
    void prospectsSignUpPubliclyWithConsent() {
        String email = "interesse" + System.nanoTime() + "@example.org";
        HttpResponse<String> signedUp = Api.anonymous().post("/api/v1/prospects", "{\"organisation\":\"Gemeinde Musterau\","
                + "\"ags\":null,\"contactName\":\"Mia Muster\",\"email\":\"" + email + "\",\"consent\":true}");
        assertEquals(202, signedUp.statusCode(), signedUp.body());
        assertTrue(signedUp.headers().firstValue("Location").isEmpty(), "no Location: it would tell a known address");
        assertFalse(signedUp.body().contains(email), "the public answer holds no personal data");

        JsonObject noConsent = assertViolation(Api.anonymous().post("/api/v1/prospects", "{\"organisation\":\"Gemeinde Musterau\","
                + "\"contactName\":\"Mia Muster\",\"email\":\"ohne" + System.nanoTime() + "@example.org\",\"consent\":false}"),
                "consent");
        assertEquals(400, noConsent.getInt("status"));
        assertViolation(Api.anonymous().post("/api/v1/prospects", "{\"organisation\":\"Gemeinde Musterau\","
                + "\"contactName\":\"Mia\",\"email\":\"x@example.org\",\"consent\":true,\"ags\":\"123\"}"), "ags");

        JsonObject list = Api.json(office().get("/api/v1/prospects?q=" + email + "&size=5"));
        assertEquals(1, list.getJsonNumber("total").longValue(), list.toString());
        JsonObject prospect = list.getJsonArray("items").getJsonObject(0);
        assertEquals("PENDING", prospect.getString("status"));

        assertProblem(Api.anonymous().post("/api/v1/prospects/confirm", "{\"token\":\"no-such-token\"}"), 404);
        assertEquals(405, Api.anonymous().get("/api/v1/prospects/confirm?token=no-such-token").statusCode(),
                "a link visit confirms nothing");
        HttpResponse<String> link = Api.anonymous().get("/prospects/confirm?token=no-such-token");
        assertEquals(302, link.statusCode(), "the mail link leads to the confirmation page");
        assertTrue(link.headers().firstValue("Location").orElseThrow().contains("/prospects/confirm.xhtml?token="));
        HttpResponse<String> page = Api.anonymous().get("/prospects/confirm.xhtml?token=no-such-token");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("id=\"invalid\""), "an unknown link is explained, not an error page");
        assertEquals(200, Api.anonymous().get("/prospects/signup.xhtml").statusCode(), "the sign-up page is public");
    }

    @Test
    void publishedProfilesAndTheRegisterSearchArePublic() {
        HttpResponse<String> profiles = Api.anonymous().get("/api/v1/public/profiles");
        assertEquals(200, profiles.statusCode(), profiles.body());
        assertEquals(JsonValue.ValueType.ARRAY, Api.parse(profiles.body()).getValueType());
        assertEquals(200, Api.anonymous().get("/profiles.xhtml").statusCode(), "the public profiles page");

        HttpResponse<String> found = office().get("/api/v1/register?q=Herzberg&limit=10");
        assertEquals(200, found.statusCode());
        JsonArray entries = Api.parse(found.body()).asJsonArray();
        assertTrue(entries.stream().map(JsonValue::asJsonObject)
                .anyMatch(e -> "Herzberg (Elster)".equals(e.getString("name")) && "12062224".equals(e.getString("key"))
                        && "BB".equals(e.getString("state"))), found.body());
        JsonObject status = Api.json(office().get("/api/v1/register/status"));
        assertTrue(status.getJsonNumber("municipalities").longValue() > 10_000);
        // The re-import is idempotent: nothing new the second time.
        JsonObject again = Api.json(office().post("/api/v1/register/import", ""));
        assertEquals(0, again.getInt("inserted"), again.toString());
        assertEquals(0, again.getInt("updated"), again.toString());
    }

    // --- helpers ---

    private static Api office() {
        return Api.as("office");
    }

    private static String member(String kind, String name, String ags) {
        var body = Json.createObjectBuilder().add("kind", kind);
        if (name != null) {
            body.add("name", name);
        }
        if (ags != null) {
            body.add("ags", ags);
        }
        return body.build().toString();
    }

    private static JsonObject assertViolation(HttpResponse<String> response, String field) {
        JsonObject problem = assertProblem(response, 400);
        assertTrue(problem.containsKey("violations"), problem.toString());
        assertTrue(problem.getJsonArray("violations").stream()
                .anyMatch(v -> field.equals(v.asJsonObject().getString("field"))), "violation on " + field + ": " + problem);
        return problem;
    }

    private static JsonObject assertProblem(HttpResponse<String> response, int status) {
        assertEquals(status, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"),
                "problem+json for " + status + ": " + response.headers().map());
        JsonObject problem = Api.json(response);
        assertEquals(status, problem.getInt("status"));
        return problem;
    }
}
