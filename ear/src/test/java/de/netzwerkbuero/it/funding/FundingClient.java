package de.netzwerkbuero.it.funding;

import de.netzwerkbuero.it.support.Api;
import jakarta.json.Json;
import jakarta.json.JsonObject;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

/** Sets up funding data over HTTP for the client-side tests: a grantee, a programme, an approved project. */
public final class FundingClient {

    private static final Api OFFICE = Api.as("office");

    private FundingClient() {
    }

    /** Unique per call: the test database is emptied once per run, not per class. */
    public static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    static long grantee(String name) {
        HttpResponse<String> r = OFFICE.send("POST", FundingTestSupport.GRANTEE + "?name="
                + URLEncoder.encode(name, StandardCharsets.UTF_8), null, null, Map.of());
        require(r, 200);
        return Long.parseLong(r.body().trim());
    }

    static long programme(String name, String legalBasis) {
        HttpResponse<String> r = OFFICE.post("/api/v1/programs", Json.createObjectBuilder().add("name", name)
                .add("funder", "BMWSB/BBSR").add("legalBasis", legalBasis).add("durationMonths", 24)
                .add("stages", Json.createArrayBuilder().add("Kick-Off").add("Kommunalprofil"))
                .build().toString());
        require(r, 201);
        return Api.json(r).getJsonNumber("id").longValue();
    }

    static JsonObject createProject(long programId, long memberId, String reference, LocalDate start, String lead) {
        HttpResponse<String> r = OFFICE.post("/api/v1/projects", projectJson(programId, memberId, reference, start,
                lead));
        require(r, 201);
        return Api.json(r);
    }

    static String projectJson(long programId, long memberId, String reference, LocalDate start, String lead) {
        return Json.createObjectBuilder().add("programId", programId).add("memberId", memberId)
                .add("title", "Vorhaben " + reference).add("fundingReference", reference)
                .add("periodStart", start.toString()).add("approvedAmount", 100000).add("ownShare", 10000)
                .add("leadUsername", lead).build().toString();
    }

    /** DRAFT → APPROVED (and RUNNING or ENDED by the calendar); answers the changed project. */
    static JsonObject approve(long projectId) {
        HttpResponse<String> r = OFFICE.post("/api/v1/projects/" + projectId + "/transitions",
                "{\"action\":\"APPROVE\"}");
        require(r, 200);
        return Api.json(r);
    }

    /** An approved project of a fresh programme and grantee, led by {@code lead}. */
    public static JsonObject approvedProject(String legalBasis, LocalDate start, String lead) {
        String reference = unique("FKZ");
        long programId = programme(unique("Programm"), legalBasis);
        long memberId = grantee(unique("Partner"));
        long id = createProject(programId, memberId, reference, start, lead).getJsonNumber("id").longValue();
        return approve(id);
    }

    static void require(HttpResponse<String> response, int status) {
        if (response.statusCode() != status) {
            throw new AssertionError("expected " + status + " but got " + response.statusCode() + " for "
                    + response.request().method() + " " + response.request().uri() + ": " + response.body());
        }
    }
}
