package de.netzwerkbuero.it.funding;

import de.netzwerkbuero.it.support.Api;
import de.netzwerkbuero.it.support.Deployments;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Funding's REST contract seen from a client: DESIGN.md's paths and field names, 201 with Location, ETag and
 * If-Match (428, 412), 404 for another lead's project, 409 for a workflow violation, 400/413/415 for uploads,
 * the streamed audit package.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class FundingApiIT {

    private static final String PDF = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.withTests(FundingTestSupport.class);
    }

    @BeforeEach
    void accounts() {
        Api.ensureTestAccounts();
    }

    @Test
    void creatingAnswers201WithLocationAndTheDesignsFieldNames() {
        Api office = Api.as("office");
        String name = FundingClient.unique("Programm");
        HttpResponse<String> created = office.post("/api/v1/programs", "{\"name\":\"" + name
                + "\",\"funder\":\"BMWSB/BBSR\",\"legalBasis\":\"ANBEST_GK\",\"stages\":[\"Kick-Off\",\"Werkstattplan\"]}");
        assertEquals(201, created.statusCode(), created.body());
        JsonObject programme = Api.json(created);
        for (String field : List.of("id", "name", "funder", "legalBasis", "durationMonths", "stages")) {
            assertTrue(programme.containsKey(field), field);
        }
        assertEquals(24, programme.getInt("durationMonths"), "default duration");
        String location = created.headers().firstValue("Location").orElseThrow();
        assertTrue(location.endsWith("/api/v1/programs/" + programme.getJsonNumber("id")), location);

        long memberId = FundingClient.grantee(FundingClient.unique("Partner"));
        String reference = FundingClient.unique("FKZ");
        HttpResponse<String> project = office.post("/api/v1/projects", FundingClient.projectJson(
                programme.getJsonNumber("id").longValue(), memberId, reference, LocalDate.of(2031, 1, 1), "lead"));
        assertEquals(201, project.statusCode(), project.body());
        JsonObject p = Api.json(project);
        for (String field : List.of("id", "programId", "memberId", "title", "fundingReference", "periodStart",
                "periodEnd", "approvedAmount", "ownShare", "leadUsername", "status", "version")) {
            assertTrue(p.containsKey(field), field);
        }
        assertEquals("2032-12-31", p.getString("periodEnd"), "start + 24 months − 1 day");
        assertEquals("DRAFT", p.getString("status"));
        String projectLocation = project.headers().firstValue("Location").orElseThrow();
        HttpResponse<String> fetched = office.get(projectLocation.substring(projectLocation.indexOf("/api/v1/")));
        assertEquals(200, fetched.statusCode());
        assertEquals("\"" + p.getJsonNumber("version") + "\"", fetched.headers().firstValue("ETag").orElseThrow());

        HttpResponse<String> duplicate = office.post("/api/v1/projects", FundingClient.projectJson(
                programme.getJsonNumber("id").longValue(), memberId, reference, LocalDate.of(2031, 1, 1), "lead"));
        assertProblem(duplicate, 409, "funding.referenceTaken");
        assertProblem(Api.as("lead").post("/api/v1/projects", FundingClient.projectJson(
                programme.getJsonNumber("id").longValue(), memberId, FundingClient.unique("FKZ"),
                LocalDate.of(2031, 1, 1), "lead")), 403, null);
    }

    @Test
    void aLeadSeesOnlyTheirOwnProjectsAndAnotherLeadsIs404() {
        JsonObject project = FundingClient.approvedProject("ANBEST_P", LocalDate.of(2023, 7, 1), "lead");
        long id = project.getJsonNumber("id").longValue();
        long programId = project.getJsonNumber("programId").longValue();
        Api lead = Api.as("lead");
        Api lead2 = Api.as("lead2");

        assertEquals(200, lead.get("/api/v1/projects/" + id).statusCode());
        for (String path : List.of("", "/deadlines", "/milestones", "/reports", "/disbursements", "/expenditures",
                "/extensions", "/flags", "/numerical-proof")) {
            assertProblem(lead2.get("/api/v1/projects/" + id + path), 404, null);
            assertEquals(200, Api.as("auditor").get("/api/v1/projects/" + id + path).statusCode(), path);
        }
        assertProblem(lead2.post("/api/v1/projects/" + id + "/reports",
                "{\"kind\":\"INTERIM_PROOF\",\"fiscalYear\":2023}"), 404, null);
        assertEquals(1, Api.json(lead.get("/api/v1/projects?programId=" + programId)).getInt("total"));
        assertEquals(0, Api.json(lead2.get("/api/v1/projects?programId=" + programId)).getInt("total"));
        assertEquals(0, Api.json(lead2.get("/api/v1/deadlines?projectId=" + id)).getInt("total"));
        JsonObject page = Api.json(Api.as("office").get("/api/v1/projects?programId=" + programId + "&status="
                + project.getString("status") + "&lead=lead&size=5"));
        assertEquals(1, page.getInt("total"));
        assertEquals(5, page.getInt("size"));
        assertProblem(Api.as("office").get("/api/v1/projects?status=FLYING"), 400, null);
        assertProblem(Api.as("office").get("/api/v1/deadlines?from=31.12.2024"), 400, null);
    }

    @Test
    void theDeadlinesFollowTheDesignsExampleToTheDay() {
        JsonObject project = FundingClient.approvedProject("ANBEST_P", LocalDate.of(2023, 7, 1), "lead");
        long id = project.getJsonNumber("id").longValue();
        assertEquals("2025-06-30", project.getString("periodEnd"));
        JsonArray deadlines = Api.parse(Api.as("lead").get("/api/v1/projects/" + id + "/deadlines").body())
                .asJsonArray();
        assertEquals("2024-04-30", due(deadlines, "INTERIM_PROOF", 2023));
        assertEquals("2025-04-30", due(deadlines, "INTERIM_PROOF", 2024));
        assertEquals("2025-12-31", due(deadlines, "FINAL_PROOF", null));
        JsonObject first = deadlines.getJsonObject(0);
        for (String field : List.of("kind", "title", "dueOn", "status", "projectId", "fiscalYear")) {
            assertTrue(first.containsKey(field), field);
        }
        JsonObject inRange = Api.json(Api.as("lead").get("/api/v1/deadlines?from=2025-12-31&to=2025-12-31&projectId="
                + id));
        assertEquals(1, inRange.getInt("total"));
    }

    @Test
    void reportWorkflowOverHttp() {
        JsonObject project = FundingClient.approvedProject("ANBEST_P", LocalDate.of(2023, 7, 1), "lead");
        long id = project.getJsonNumber("id").longValue();
        Api lead = Api.as("lead");
        Api auditor = Api.as("auditor");

        HttpResponse<String> created = lead.post("/api/v1/projects/" + id + "/reports",
                "{\"kind\":\"INTERIM_PROOF\",\"fiscalYear\":2023,\"text\":\"Erster Entwurf\"}");
        assertEquals(201, created.statusCode(), created.body());
        JsonObject report = Api.json(created);
        long reportId = report.getJsonNumber("id").longValue();
        assertTrue(created.headers().firstValue("Location").orElseThrow().endsWith("/api/v1/reports/" + reportId));
        for (String field : List.of("id", "projectId", "kind", "milestoneId", "fiscalYear", "text", "status",
                "version", "submittedAt", "late", "sha256")) {
            assertTrue(report.containsKey(field), field);
        }
        String path = "/api/v1/reports/" + reportId;
        long version = report.getJsonNumber("version").longValue();

        assertProblem(lead.put(path, "{\"text\":\"ohne Version\"}", Map.of()), 428, null);
        HttpResponse<String> edited = lead.put(path, "{\"text\":\"Sachbericht 2023\"}",
                Map.of("If-Match", "\"" + version + "\""));
        assertEquals(200, edited.statusCode(), edited.body());
        assertNotEquals("\"" + version + "\"", edited.headers().firstValue("ETag").orElseThrow());
        assertProblem(lead.put(path, "{\"text\":\"veraltet\"}", Map.of("If-Match", "\"" + version + "\"")), 412, null);

        HttpResponse<String> attached = lead.send("POST", path + "/attachments?filename=beleg.pdf", "application/pdf",
                PDF, Map.of());
        assertEquals(201, attached.statusCode(), attached.body());
        JsonObject notPdf = assertProblem(lead.send("POST", path + "/attachments?filename=x.pdf", "application/pdf",
                "no pdf at all", Map.of()), 400, null);
        assertEquals("file", notPdf.getJsonArray("violations").getJsonObject(0).getString("field"));
        assertProblem(lead.send("POST", path + "/attachments", "text/plain", "hello", Map.of()), 415, null);
        // Above 10 MB: refused by the resource (or by the server's own post-size limit) with 413.
        assertEquals(413, lead.send("POST", path + "/attachments?filename=big.pdf", "application/pdf",
                "%PDF-" + "x".repeat(11 * 1024 * 1024) + "%%EOF", Map.of()).statusCode());

        HttpResponse<String> submitted = lead.post(path + "/submit", "");
        assertEquals(200, submitted.statusCode(), submitted.body());
        JsonObject v1 = Api.json(submitted);
        assertEquals("SUBMITTED", v1.getString("status"));
        assertTrue(v1.getString("sha256").matches("[0-9a-f]{64}"), v1.toString());
        assertTrue(v1.getBoolean("late"), "due 2024-04-30, submitted later");
        assertProblem(lead.put(path, "{\"text\":\"nachträglich\"}", Map.of("If-Match",
                "\"" + v1.getJsonNumber("version") + "\"")), 409, "funding.reportNotEditable");

        assertProblem(lead.post(path + "/review", "{\"decision\":\"ACCEPT\",\"findings\":[]}"), 403, null);
        assertProblem(auditor.post(path + "/review", "{\"decision\":\"RETURN\",\"findings\":[]}"), 409,
                "funding.returnNeedsFinding");
        HttpResponse<String> returned = auditor.post(path + "/review", "{\"decision\":\"RETURN\",\"findings\":"
                + "[{\"severity\":\"MAJOR\",\"text\":\"Belege zu Sachkosten fehlen\"}]}");
        assertEquals(200, returned.statusCode(), returned.body());
        assertEquals("RETURNED", Api.json(returned).getString("status"));
        assertProblem(auditor.post(path + "/review", "{\"decision\":\"ACCEPT\",\"findings\":[]}"), 409, null);
        JsonArray findings = Api.parse(lead.get(path + "/findings").body()).asJsonArray();
        assertEquals("Belege zu Sachkosten fehlen", findings.getJsonObject(0).getString("text"));

        JsonObject v2 = Api.json(lead.post(path + "/submit", ""));
        assertEquals("SUBMITTED", v2.getString("status"));
        assertEquals(2, v2.getInt("versionNumber"));
        assertTrue(v2.getBoolean("late"), "late stays late");
        JsonArray versions = Api.parse(auditor.get(path + "/versions").body()).asJsonArray();
        assertEquals(2, versions.size());
        assertEquals(v1.getString("sha256"), versions.getJsonObject(0).getString("sha256"));
        HttpResponse<String> accepted = auditor.post(path + "/review", "{\"decision\":\"ACCEPT\"}");
        assertEquals(200, accepted.statusCode(), accepted.body());
        assertEquals("ACCEPTED", Api.json(accepted).getString("status"));
        assertProblem(Api.as("lead2").get(path), 404, null);
    }

    @Test
    void theAuditPackageIsAZipForAuditorsOnly() {
        long id = FundingClient.approvedProject("ANBEST_GK", LocalDate.of(2023, 7, 1), "lead")
                .getJsonNumber("id").longValue();
        HttpResponse<String> zip = Api.as("auditor").get("/api/v1/projects/" + id + "/audit-package");
        assertEquals(200, zip.statusCode());
        assertEquals("application/zip", zip.headers().firstValue("Content-Type").orElse("").split(";")[0]);
        assertTrue(zip.headers().firstValue("Content-Disposition").orElse("").contains(".zip"));
        assertTrue(zip.body().startsWith("PK"), "a ZIP file");
        assertProblem(Api.as("lead").get("/api/v1/projects/" + id + "/audit-package"), 403, null);
        assertProblem(Api.as("office").get("/api/v1/projects/" + id + "/audit-package"), 403, null);
    }

    private static String due(JsonArray deadlines, String kind, Integer fiscalYear) {
        return deadlines.stream().map(v -> v.asJsonObject())
                .filter(d -> kind.equals(d.getString("kind")))
                .filter(d -> fiscalYear == null || (!d.isNull("fiscalYear") && d.getInt("fiscalYear") == fiscalYear))
                .map(d -> d.getString("dueOn")).findFirst().orElse("none");
    }

    private static JsonObject assertProblem(HttpResponse<String> response, int status, String key) {
        assertEquals(status, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"),
                "problem+json for " + status);
        JsonObject problem = Api.json(response);
        assertEquals(status, problem.getInt("status"));
        if (key != null) {
            assertTrue(problem.getString("type", "").endsWith(key), problem.toString());
        }
        assertFalse(response.body().contains("Exception"), "no exception name reaches the client");
        return problem;
    }
}
