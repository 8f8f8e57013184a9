package de.netzwerkbuero.it.events;

import de.netzwerkbuero.it.support.Api;
import de.netzwerkbuero.it.support.Deployments;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.http.HttpResponse;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The events API as a client sees it (DESIGN.md's events rows): 201 with status and waitlistPosition, 409
 * for rules, 412 for a stale If-Match, the public calendar feed as a valid VCALENDAR in Europe/Berlin, and
 * the participant exports.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class EventsApiIT {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @BeforeEach
    void accounts() {
        Api.ensureTestAccounts();
    }

    @Test
    void anEventIsCreatedChangedPublishedAndFillsUpWithAWaitingList() {
        Api office = Api.as("office");
        String title = "Werkstatt Ortskern " + unique();
        HttpResponse<String> created = office.post("/api/v1/events", event(title, 2, "PUBLIC").build().toString());
        assertEquals(201, created.statusCode(), created.body());
        String location = created.headers().firstValue("Location").orElseThrow();
        JsonObject draft = Api.json(created);
        long id = draft.getJsonNumber("id").longValue();
        assertTrue(location.endsWith("/api/v1/events/" + id), location);
        assertEquals("DRAFT", draft.getString("status"));
        for (String field : new String[]{"id", "type", "format", "title", "description", "startsAt", "endsAt", "venue",
                "onlineUrl", "hostMemberId", "capacity", "perMemberQuota", "audience", "registrationOpensAt",
                "registrationClosesAt", "projectId", "status"}) {
            assertTrue(draft.containsKey(field), "field " + field + " in " + draft);
        }

        HttpResponse<String> read = office.get("/api/v1/events/" + id);
        assertEquals(200, read.statusCode());
        String etag = read.headers().firstValue("ETag").orElseThrow();
        long version = Api.json(read).getJsonNumber("version").longValue();
        assertEquals("\"" + version + "\"", etag);

        String changed = event(title, 2, "PUBLIC").add("description", "Mit Ortsrundgang").build().toString();
        assertEquals(428, office.put("/api/v1/events/" + id, changed, Map.of()).statusCode());
        assertProblem(office.put("/api/v1/events/" + id, changed, Map.of("If-Match", "\"" + (version + 7) + "\"")), 412);
        HttpResponse<String> updated = office.put("/api/v1/events/" + id, changed, Map.of("If-Match", etag));
        assertEquals(200, updated.statusCode(), updated.body());
        assertEquals("Mit Ortsrundgang", Api.json(updated).getString("description"));
        assertProblem(office.put("/api/v1/events/" + id, changed, Map.of("If-Match", etag)), 412);

        ZonedDateTime day = startDay();
        HttpResponse<String> item = office.post("/api/v1/events/" + id + "/agenda", Json.createObjectBuilder()
                .add("startsAt", day.withHour(13).withMinute(30).toOffsetDateTime().toString())
                .add("endsAt", day.withHour(15).toOffsetDateTime().toString())
                .add("title", "Ortsrundgang").add("location", "Marktplatz").build().toString());
        assertEquals(201, item.statusCode(), item.body());
        assertEquals(200, office.get("/api/v1/events/" + id + "/agenda").statusCode());

        assertEquals(404, Api.anonymous().get("/api/v1/public/events/" + id).statusCode(), "a draft is not public");
        HttpResponse<String> published = office.post("/api/v1/events/" + id + "/publish", "");
        assertEquals(200, published.statusCode(), published.body());
        assertEquals("PUBLISHED", Api.json(published).getString("status"));
        assertProblem(office.post("/api/v1/events/" + id + "/publish", ""), 409);

        HttpResponse<String> first = office.post("/api/v1/events/" + id + "/registrations",
                person("Erika", "Erste").build().toString());
        assertEquals(201, first.statusCode(), first.body());
        assertEquals("CONFIRMED", Api.json(first).getString("status"));
        assertTrue(Api.json(first).isNull("waitlistPosition"));
        long firstId = Api.json(first).getJsonNumber("id").longValue();
        assertTrue(first.headers().firstValue("Location").orElseThrow().endsWith("/api/v1/registrations/" + firstId));

        HttpResponse<String> self = Api.anonymous().post("/api/v1/events/" + id + "/registrations",
                person("Sina", "Selbst").build().toString());
        assertEquals(202, self.statusCode(), "anyone registers themselves for a public event: " + self.body());
        assertEquals("RECEIVED", Api.json(self).getString("status"), "the public answer tells nobody's status");
        assertTrue(self.headers().firstValue("Location").isEmpty());

        JsonObject waiting = Api.json(office.post("/api/v1/events/" + id + "/registrations",
                person("Willi", "Warte").build().toString()));
        assertEquals("WAITLISTED", waiting.getString("status"));
        assertEquals(1, waiting.getInt("waitlistPosition"));
        for (String field : new String[]{"id", "eventId", "memberId", "firstName", "lastName", "email", "status",
                "waitlistPosition"}) {
            assertTrue(waiting.containsKey(field), "field " + field + " in " + waiting);
        }

        String duplicate = Json.createObjectBuilder().add("firstName", "Willi").add("lastName", "Warte")
                .add("email", waiting.getString("email")).build().toString();
        assertProblem(office.post("/api/v1/events/" + id + "/registrations", duplicate), 409);
        assertProblem(office.post("/api/v1/events/" + id + "/registrations", "{\"firstName\":\"\"}"), 400);

        JsonObject list = Api.json(office.get("/api/v1/events/" + id + "/registrations?size=10"));
        assertEquals(3, list.getInt("total"));
        assertEquals(10, list.getInt("size"));

        HttpResponse<String> cancelled = office.send("DELETE", "/api/v1/registrations/" + firstId, null, null, Map.of());
        assertEquals(200, cancelled.statusCode(), cancelled.body());
        assertEquals("CANCELLED", Api.json(cancelled).getString("status"));
        JsonObject movedUp = Api.json(office.get("/api/v1/registrations/" + waiting.getJsonNumber("id").longValue()));
        assertEquals("CONFIRMED", movedUp.getString("status"), "the first waiting person moves up");

        assertProblem(office.post("/api/v1/registrations/" + movedUp.getJsonNumber("id").longValue() + "/check-in", ""),
                409);

        JsonObject found = Api.json(office.get("/api/v1/events?status=PUBLISHED&q="
                + title.replace(" ", "%20")));
        assertEquals(1, found.getInt("total"), found.toString());
        assertTrue(Api.json(Api.anonymous().get("/api/v1/public/events?size=500")).getJsonArray("items").stream()
                .anyMatch(e -> e.asJsonObject().getJsonNumber("id").longValue() == id));

        HttpResponse<String> cancelEvent = office.post("/api/v1/events/" + id + "/cancel",
                "{\"reason\":\"Referentin erkrankt\"}");
        assertEquals(200, cancelEvent.statusCode(), cancelEvent.body());
        assertEquals("CANCELLED", Api.json(cancelEvent).getString("status"));
    }

    @Test
    void listsValidateTheirFiltersAndRolesAreEnforced() {
        assertProblem(Api.as("office").get("/api/v1/events?type=PICKNICK"), 400);
        assertProblem(Api.as("office").get("/api/v1/events?from=gestern"), 400);
        assertProblem(Api.as("office").get("/api/v1/events?size=0"), 400);
        assertProblem(Api.anonymous().get("/api/v1/events"), 401);
        assertProblem(Api.as("auditor").post("/api/v1/events", event("Prüfertest " + unique(), 5, "PUBLIC")
                .build().toString()), 403);
        assertEquals(200, Api.as("auditor").get("/api/v1/events").statusCode());
        assertProblem(Api.as("office").get("/api/v1/events/999999999"), 404);
        JsonObject page = Api.json(Api.as("office").get("/api/v1/events?page=0&size=5&sort=title,desc"));
        for (String field : new String[]{"items", "total", "page", "size"}) {
            assertTrue(page.containsKey(field), field);
        }
    }

    @Test
    void theCalendarFeedAndTheEventFileAreICalendarInEuropeBerlin() {
        Api office = Api.as("office");
        String title = "Kalendertest " + unique();
        long id = Api.json(office.post("/api/v1/events", event(title, 10, "PUBLIC").build().toString()))
                .getJsonNumber("id").longValue();
        assertEquals(200, office.post("/api/v1/events/" + id + "/publish", "").statusCode());

        HttpResponse<String> feed = Api.anonymous().get("/api/v1/calendar.ics");
        assertEquals(200, feed.statusCode());
        assertTrue(feed.headers().firstValue("Content-Type").orElse("").startsWith("text/calendar"));
        List<Map<String, String>> events = ICalendar.parse(feed.body());
        Map<String, String> entry = events.stream().filter(e -> title.equals(e.get("SUMMARY"))).findFirst()
                .orElseThrow(() -> new AssertionError("the published event is in the feed"));
        assertTrue(entry.containsKey("DTSTART;TZID=Europe/Berlin"), entry.toString());
        assertTrue(entry.containsKey("DTEND;TZID=Europe/Berlin"), entry.toString());
        assertTrue(entry.containsKey("UID"), entry.toString());

        HttpResponse<String> single = Api.anonymous().get("/api/v1/events/" + id + "/ics");
        assertEquals(200, single.statusCode());
        assertTrue(single.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment"));
        List<Map<String, String>> one = ICalendar.parse(single.body());
        assertEquals(1, one.size());
        assertEquals(entry.get("UID"), one.get(0).get("UID"), "the UID stays the same in feed and file");

        long draft = Api.json(office.post("/api/v1/events", event("Kalenderentwurf " + unique(), 10, "PUBLIC")
                .build().toString())).getJsonNumber("id").longValue();
        assertEquals(404, Api.anonymous().get("/api/v1/events/" + draft + "/ics").statusCode());
        assertEquals(200, office.get("/api/v1/events/" + draft + "/ics").statusCode());
    }

    @Test
    void participantListsAndTheSignInSheetAreDownloads() {
        Api office = Api.as("office");
        long id = Api.json(office.post("/api/v1/events", event("Exporttest " + unique(), 10, "PUBLIC")
                .build().toString())).getJsonNumber("id").longValue();
        office.post("/api/v1/events/" + id + "/publish", "");
        office.post("/api/v1/events/" + id + "/registrations", person("Paula", "Liste").build().toString());

        HttpResponse<String> csv = office.get("/api/v1/events/" + id + "/participants.csv");
        assertEquals(200, csv.statusCode());
        assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        assertTrue(csv.body().contains("Liste"), csv.body());
        HttpResponse<String> xlsx = office.get("/api/v1/events/" + id + "/participants.xlsx");
        assertEquals(200, xlsx.statusCode());
        assertTrue(xlsx.body().startsWith("PK"), "an XLSX file is a zip archive");
        HttpResponse<String> pdf = office.get("/api/v1/events/" + id + "/sign-in-sheet.pdf");
        assertEquals(200, pdf.statusCode());
        assertEquals("application/pdf", pdf.headers().firstValue("Content-Type").orElse("").split(";")[0]);
        assertTrue(pdf.body().startsWith("%PDF"));
        assertProblem(Api.as("admin").get("/api/v1/events/" + id + "/participants.csv"), 403);
        assertFalse(Api.anonymous().get("/api/v1/events/" + id + "/sign-in-sheet.pdf").statusCode() == 200);
    }

    static JsonObjectBuilder event(String title, int capacity, String audience) {
        ZonedDateTime day = startDay();
        return Json.createObjectBuilder()
                .add("type", "WERKSTATT").add("format", "ON_SITE").add("title", title)
                .add("description", "Eintägige Werkstatt zum Leerstand im Ortskern.")
                .add("startsAt", day.toOffsetDateTime().toString())
                .add("endsAt", day.withHour(16).withMinute(30).toOffsetDateTime().toString())
                .add("venue", "Alte Schule, Hauptstraße 3").add("capacity", capacity).add("audience", audience);
    }

    static JsonObjectBuilder person(String firstName, String lastName) {
        return Json.createObjectBuilder().add("firstName", firstName).add("lastName", lastName)
                .add("email", firstName.toLowerCase() + "." + lastName.toLowerCase() + "-" + unique() + "@example.org");
    }

    private static ZonedDateTime startDay() {
        return ZonedDateTime.now(BERLIN).plusDays(21).withHour(11).withMinute(0).withSecond(0).withNano(0);
    }

    static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    static void assertProblem(HttpResponse<String> response, int status) {
        assertEquals(status, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"),
                response.headers().toString());
        assertEquals(status, Api.json(response).getInt("status"));
    }
}
