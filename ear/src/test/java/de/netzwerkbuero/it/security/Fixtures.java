package de.netzwerkbuero.it.security;

import de.netzwerkbuero.it.funding.FundingTestSupport;
import de.netzwerkbuero.it.support.Api;
import jakarta.json.Json;
import jakarta.json.JsonObject;

import java.io.StringReader;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * One of everything the API addresses by id, so that every path parameter names a real object: a programme, an
 * approved project led by {@code lead} with a milestone, a draft report with a PDF attachment, a submitted report,
 * a pending extension, a published event of that project with an agenda item and a registration, an office member
 * (PROSPECT) with a contact, an admission round, a prospect, an account, and a published profile of the ACTIVE
 * grantee. Objects that an operation destroys or moves on are made fresh by the {@code fresh*} methods.
 */
final class Fixtures {

    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    static final String PDF = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n";
    static final String REGISTER_KEY = "06431001";

    /** The operations {@link #freshFor} makes fresh objects for: they destroy or move on what they are called on. */
    static final Set<String> DESTRUCTIVE = Set.of("POST /api/v1/members/{id}/transitions",
            "POST /api/v1/contacts/{id}/erasure", "POST /api/v1/admission-rounds/{id}/open",
            "POST /api/v1/admission-rounds/{id}/close", "POST /api/v1/prospects/{id}/conversion",
            "POST /api/v1/prospects/{id}/erasure", "POST /api/v1/projects/{id}/transitions",
            "POST /api/v1/extensions/{id}/approve", "POST /api/v1/extensions/{id}/reject",
            "POST /api/v1/reports/{id}/submit", "POST /api/v1/reports/{id}/review",
            "DELETE /api/v1/reports/{id}/attachments/{attachmentId}", "POST /api/v1/events/{id}/cancel",
            "POST /api/v1/events/{id}/close", "POST /api/v1/events/{id}/complete", "POST /api/v1/events/{id}/publish",
            "DELETE /api/v1/events/{id}/agenda/{itemId}", "DELETE /api/v1/registrations/{id}");

    final Api office = Api.as("office");
    final Api lead = Api.as("lead");
    final Api admin = Api.as("admin");
    final LocalDate today = LocalDate.now(BERLIN);

    long programId;
    long granteeId;
    long projectId;
    LocalDate periodEnd;
    long milestoneId;
    long reportId;
    long attachmentId;
    long submittedReportId;
    long extensionId;
    long extensionVersion;
    long eventId;
    long agendaItemId;
    long registrationId;
    long memberId;
    long contactId;
    long roundId;
    long prospectId;
    String username;

    static Fixtures create() {
        Api.ensureTestAccounts();
        Fixtures f = new Fixtures();
        f.programId = f.programme();
        f.granteeId = f.grantee();
        f.projectId = f.approvedProject();
        f.periodEnd = LocalDate.parse(Api.json(f.office.get("/api/v1/projects/" + f.projectId)).getString("periodEnd"));
        f.milestoneId = f.milestone(f.projectId);
        f.reportId = f.draftReport(f.projectId);
        f.attachmentId = f.attachment(f.reportId);
        f.submittedReportId = f.submittedReport(f.projectId);
        JsonObject extension = f.extension(f.projectId);
        f.extensionId = extension.getJsonNumber("id").longValue();
        f.extensionVersion = extension.getJsonNumber("version").longValue();
        f.eventId = f.publishedEvent();
        f.agendaItemId = f.agendaItem(f.eventId);
        f.registrationId = f.registration(f.eventId);
        f.memberId = f.member();
        f.contactId = f.contact(f.memberId);
        f.roundId = f.round();
        f.prospectId = f.prospect();
        f.username = f.account();
        f.publishProfile(f.granteeId);
        return f;
    }

    static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    /** The id a path parameter stands for in {@code template}, e.g. {@code {id}} in {@code /api/v1/reports/{id}/review}. */
    String resolve(String template, String parameter) {
        switch (parameter) {
            case "username": return username;
            case "key": return REGISTER_KEY;
            case "number": return "1";
            case "attachmentId": return Long.toString(attachmentId);
            case "itemId": return Long.toString(agendaItemId);
            case "memberId": return Long.toString(granteeId);
            default: break;
        }
        String collection = template.replaceFirst("^/api/v1/(public/)?", "").split("/")[0];
        long id = switch (collection) {
            case "members" -> memberId;
            case "contacts" -> contactId;
            case "admission-rounds" -> roundId;
            case "prospects" -> prospectId;
            case "programs" -> programId;
            case "projects" -> projectId;
            case "milestones" -> milestoneId;
            case "extensions" -> extensionId;
            case "reports" -> template.matches(".*/(versions|review|findings).*") ? submittedReportId : reportId;
            case "events" -> eventId;
            case "registrations" -> registrationId;
            default -> throw new IllegalArgumentException("No fixture for {" + parameter + "} in " + template);
        };
        return Long.toString(id);
    }

    /** Replaces every {@code {name}} of the template by its fixture, or by {@code overrides} where given. */
    String path(String template, Map<String, String> overrides) {
        return path(template, overrides, false);
    }

    /**
     * As {@link #path(String, Map)}; {@code lenient}: a parameter no fixture stands for (an endpoint newer than
     * this class) becomes {@code 1} instead of failing, which is enough where any id is malformed input anyway.
     */
    String path(String template, Map<String, String> overrides, boolean lenient) {
        String path = template;
        while (path.contains("{")) {
            String name = path.substring(path.indexOf('{') + 1, path.indexOf('}'));
            String value;
            if (overrides.containsKey(name)) {
                value = overrides.get(name);
            } else {
                try {
                    value = resolve(template, name);
                } catch (IllegalArgumentException unknown) {
                    if (!lenient) {
                        throw unknown;
                    }
                    value = "1";
                }
            }
            path = path.replace("{" + name + "}", value);
        }
        return path;
    }

    /**
     * Fresh objects for an operation that destroys or moves on what it is called on, as path overrides (and
     * {@code If-Match} where the version is known only at creation); empty when the shared fixture will do.
     */
    Map<String, String> freshFor(String operation) {
        Map<String, String> fresh = new HashMap<>();
        switch (operation) {
            case "POST /api/v1/members/{id}/transitions" -> fresh.put("id", Long.toString(member()));
            case "POST /api/v1/contacts/{id}/erasure" -> fresh.put("id", Long.toString(contact(memberId)));
            case "POST /api/v1/admission-rounds/{id}/open", "POST /api/v1/admission-rounds/{id}/close" ->
                    fresh.put("id", Long.toString(round()));
            case "POST /api/v1/prospects/{id}/conversion", "POST /api/v1/prospects/{id}/erasure" ->
                    fresh.put("id", Long.toString(prospect()));
            case "POST /api/v1/projects/{id}/transitions" -> fresh.put("id", Long.toString(draftProject()));
            case "POST /api/v1/extensions/{id}/approve", "POST /api/v1/extensions/{id}/reject" -> {
                JsonObject extension = extension(approvedProject());
                fresh.put("id", extension.getJsonNumber("id").toString());
                fresh.put("If-Match", "\"" + extension.getJsonNumber("version") + "\"");
            }
            case "POST /api/v1/reports/{id}/submit" -> fresh.put("id", Long.toString(draftReport(projectId)));
            case "POST /api/v1/reports/{id}/review" -> fresh.put("id", Long.toString(submittedReport(projectId)));
            case "DELETE /api/v1/reports/{id}/attachments/{attachmentId}" -> {
                fresh.put("id", Long.toString(reportId));
                fresh.put("attachmentId", Long.toString(attachment(reportId)));
            }
            case "POST /api/v1/events/{id}/cancel", "POST /api/v1/events/{id}/close",
                 "POST /api/v1/events/{id}/complete" -> fresh.put("id", Long.toString(publishedEvent()));
            case "POST /api/v1/events/{id}/publish" -> fresh.put("id", Long.toString(draftEvent()));
            case "DELETE /api/v1/events/{id}/agenda/{itemId}" -> {
                fresh.put("id", Long.toString(eventId));
                fresh.put("itemId", Long.toString(agendaItem(eventId)));
            }
            case "DELETE /api/v1/registrations/{id}" -> fresh.put("id", Long.toString(registration(eventId)));
            default -> {
            }
        }
        return fresh;
    }

    // ---- creation, each checked ----

    long programme() {
        return id(office.post("/api/v1/programs", Json.createObjectBuilder().add("name", unique("Programm"))
                .add("funder", "BMWSB/BBSR").add("legalBasis", "ANBEST_P").add("durationMonths", 24)
                .add("stages", Json.createArrayBuilder().add("Kick-Off").add("Werkstattplan")).build().toString()), 201);
    }

    long grantee() {
        HttpResponse<String> r = office.send("POST", FundingTestSupport.GRANTEE + "?name="
                + URLEncoder.encode(unique("Partner"), StandardCharsets.UTF_8), null, null, Map.of());
        require(r, 200);
        return Long.parseLong(r.body().trim());
    }

    LocalDate periodStart() {
        return today.minusMonths(6).withDayOfMonth(1);
    }

    long draftProject() {
        return id(office.post("/api/v1/projects", Json.createObjectBuilder().add("programId", programId)
                .add("memberId", granteeId).add("title", "Vorhaben Leerstand").add("fundingReference", unique("FKZ"))
                .add("periodStart", periodStart().toString()).add("approvedAmount", 100000).add("ownShare", 10000)
                .add("leadUsername", "lead").build().toString()), 201);
    }

    long approvedProject() {
        long id = draftProject();
        require(office.post("/api/v1/projects/" + id + "/transitions", "{\"action\":\"APPROVE\"}"), 200);
        return id;
    }

    long milestone(long project) {
        return id(office.post("/api/v1/projects/" + project + "/milestones", Json.createObjectBuilder()
                .add("title", unique("Meilenstein")).add("dueOn", today.plusDays(60).toString())
                .add("deliverable", "Werkstattplan").build().toString()), 201);
    }

    /** A milestone report of a fresh milestone, so that any number of drafts can exist. */
    long draftReport(long project) {
        return id(lead.post("/api/v1/projects/" + project + "/reports", Json.createObjectBuilder()
                .add("kind", "MILESTONE_REPORT").add("milestoneId", milestone(project))
                .add("text", "Bericht zum Meilenstein").build().toString()), 201);
    }

    long attachment(long report) {
        return id(lead.sendBytes("POST", "/api/v1/reports/" + report + "/attachments?filename=beleg.pdf",
                "application/pdf", PDF.getBytes(StandardCharsets.ISO_8859_1), Map.of()), 201);
    }

    long submittedReport(long project) {
        long id = draftReport(project);
        require(lead.post("/api/v1/reports/" + id + "/submit", ""), 200);
        return id;
    }

    JsonObject extension(long project) {
        LocalDate end = LocalDate.parse(Api.json(office.get("/api/v1/projects/" + project)).getString("periodEnd"));
        HttpResponse<String> r = office.post("/api/v1/projects/" + project + "/extensions", Json.createObjectBuilder()
                .add("newPeriodEnd", end.plusMonths(3).toString()).add("reason", "Bauverzug")
                .add("reference", unique("Az")).build().toString());
        require(r, 201);
        return Api.json(r);
    }

    static String eventJson(String title, long projectId) {
        ZonedDateTime day = ZonedDateTime.now(BERLIN).plusDays(21).withHour(11).withMinute(0).withSecond(0).withNano(0);
        return Json.createObjectBuilder().add("type", "WERKSTATT").add("format", "ON_SITE").add("title", title)
                .add("description", "Werkstatt zum Leerstand im Ortskern.")
                .add("startsAt", day.toOffsetDateTime().toString())
                .add("endsAt", day.withHour(16).toOffsetDateTime().toString())
                .add("venue", "Alte Schule, Hauptstraße 3").add("capacity", 200).add("audience", "PUBLIC")
                .add("projectId", projectId).build().toString();
    }

    long draftEvent() {
        return id(office.post("/api/v1/events", eventJson(unique("Werkstatt"), projectId)), 201);
    }

    long publishedEvent() {
        long id = draftEvent();
        require(office.post("/api/v1/events/" + id + "/publish", ""), 200);
        return id;
    }

    static String agendaJson(String title) {
        ZonedDateTime day = ZonedDateTime.now(BERLIN).plusDays(21).withHour(13).withMinute(0).withSecond(0).withNano(0);
        return Json.createObjectBuilder().add("startsAt", day.toOffsetDateTime().toString())
                .add("endsAt", day.withHour(14).toOffsetDateTime().toString()).add("title", title)
                .add("location", "Marktplatz").build().toString();
    }

    long agendaItem(long event) {
        return id(office.post("/api/v1/events/" + event + "/agenda", agendaJson(unique("Rundgang"))), 201);
    }

    static String personJson() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        return Json.createObjectBuilder().add("firstName", "Paula").add("lastName", "Probe")
                .add("email", "paula." + tag + "@example.org").build().toString();
    }

    long registration(long event) {
        return id(office.post("/api/v1/events/" + event + "/registrations", personJson()), 201);
    }

    long member() {
        return id(office.post("/api/v1/members", Json.createObjectBuilder().add("kind", "PARTNER")
                .add("name", unique("Förderverein")).build().toString()), 201);
    }

    static String contactJson() {
        return Json.createObjectBuilder().add("firstName", "Anna").add("lastName", "Antweiler")
                .add("function", "Vorsitzende").add("email", "anna." + UUID.randomUUID().toString().substring(0, 8)
                        + "@example.org").add("phone", "02693 1").add("primary", false).add("consent", true)
                .build().toString();
    }

    long contact(long member) {
        return id(office.post("/api/v1/members/" + member + "/contacts", contactJson()), 201);
    }

    String roundJson() {
        LocalDate date = today.plusDays(200 + (int) (Math.random() * 300));
        return "{\"date\":\"" + date + "\",\"applicationDeadline\":\"" + date.minusDays(14) + "\",\"capacity\":3}";
    }

    long round() {
        return id(office.post("/api/v1/admission-rounds", roundJson()), 201);
    }

    static String prospectJson() {
        return Json.createObjectBuilder().add("organisation", "Gemeinde Musterau").add("contactName", "Mia Muster")
                .add("email", "interesse." + UUID.randomUUID().toString().substring(0, 8) + "@example.org")
                .add("consent", true).build().toString();
    }

    /** Signs a prospect up (the public sign-up answers 202 without a location) and finds it in the office's list. */
    long prospect() {
        String json = prospectJson();
        String email = Json.createReader(new StringReader(json)).readObject().getString("email");
        require(office.post("/api/v1/prospects", json), 202);
        HttpResponse<String> found = office.get("/api/v1/prospects?q=" + email);
        require(found, 200);
        return Api.json(found).getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue();
    }

    String account() {
        String name = "matrix" + UUID.randomUUID().toString().substring(0, 6);
        require(admin.post("/api/v1/accounts", Json.createObjectBuilder().add("username", name)
                .add("displayName", "Matrix").add("email", name + "@example.org")
                .add("roles", Json.createArrayBuilder().add("office")).add("password", "ein-langes-passwort-1")
                .build().toString()), 201);
        return name;
    }

    void publishProfile(long member) {
        require(office.put("/api/v1/members/" + member + "/profile", "{\"text\":\"Wir beleben die alte Schule.\"}",
                Map.of("If-Match", "\"0\"")), 200);
        require(office.post("/api/v1/members/" + member + "/profile/publish", ""), 200);
    }

    private static long id(HttpResponse<String> response, int status) {
        require(response, status);
        return Api.json(response).getJsonNumber("id").longValue();
    }

    static void require(HttpResponse<String> response, int status) {
        if (response.statusCode() != status) {
            throw new AssertionError("Fixture: expected " + status + " but got " + response.statusCode() + " for "
                    + response.request().method() + " " + response.request().uri() + ": " + response.body());
        }
    }
}
