package de.netzwerkbuero.it.security;

import de.netzwerkbuero.it.security.Bodies.Field;
import de.netzwerkbuero.it.security.Bodies.Kind;
import de.netzwerkbuero.it.security.Bodies.Template;
import de.netzwerkbuero.it.security.ExpectedAccess.Caller;
import de.netzwerkbuero.it.security.MalformedInputIT.Case;
import de.netzwerkbuero.it.security.OpenApiOperations.Operation;
import de.netzwerkbuero.it.security.OpenApiOperations.Parameter;
import de.netzwerkbuero.it.support.Api;
import jakarta.json.JsonObject;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The malformed requests of {@link MalformedInputIT}: bad path ids, bad query parameters, and per JSON body field
 * values of the wrong type, out of range, too long, missing, plus broken JSON, wrong media types, oversized bodies
 * and bad {@code If-Match}. Every value is one the API must refuse whatever the rest of the request says.
 */
final class MalformedCases {

    private static final String JSON = "application/json";
    private static final String[] BAD_IDS = {"abc", "-1", "99999999999999999999", "0", "1.5"};
    private static final String[] BROKEN_JSON = {"{", "{\"a\":", "{'a':1}", "[1,", "{\"k\":tru}", "\"unterminated",
            "{\"a\":\"\\uZZZZ\"}", "{\"a\" 1}", "{,}", "\u0000"};
    private static final String[] WRONG_SHAPES = {"[]", "\"text\"", "42", "true", "[{}]"};

    private MalformedCases() {
    }

    static Api caller(String operation) {
        Set<Caller> allowed = ExpectedAccess.rows().getOrDefault(operation, Set.of(Caller.OFFICE));
        if (allowed.contains(Caller.OFFICE)) {
            return Api.as("office");
        }
        if (allowed.contains(Caller.LEAD_OWN)) {
            return Api.as("lead");
        }
        if (allowed.contains(Caller.AUDITOR)) {
            return Api.as("auditor");
        }
        if (allowed.contains(Caller.ADMIN)) {
            return Api.as("admin");
        }
        return Api.anonymous();
    }

    /** Stands for the ETag at the time of sending, so that one wrongly accepted change does not hide the next. */
    static final String CURRENT = "<current>";

    /** The {@code If-Match} of what the operation changes, if it takes one ({@link #CURRENT} where it can change). */
    static Map<String, String> ifMatch(Operation operation, Fixtures f, String path) {
        if (operation.path().startsWith("/api/v1/extensions/")) {
            return Map.of("If-Match", "\"" + f.extensionVersion + "\"");
        }
        return Preconditions.etagFor(operation, path) == null ? Map.of() : Map.of("If-Match", CURRENT);
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] bodyOrEmpty(Operation operation, Fixtures f) {
        if (operation.bodyTypes().contains("application/pdf")) {
            return Fixtures.PDF.getBytes(StandardCharsets.ISO_8859_1);
        }
        return utf8(Bodies.of(operation.key(), f).map(t -> t.valid().toString()).orElse(""));
    }

    private static String contentType(Operation operation) {
        return operation.bodyTypes().contains("application/pdf") ? "application/pdf" : JSON;
    }

    // ---- path parameters ----

    static List<Case> pathCases(Operation operation, Fixtures f) {
        List<Case> cases = new ArrayList<>();
        Api api = caller(operation.key());
        for (Parameter parameter : operation.in("path")) {
            for (String bad : BAD_IDS) {
                String path = f.path(operation.path(), Map.of(parameter.name(), URLEncoder.encode(bad,
                        StandardCharsets.UTF_8)), true);
                Map<String, String> headers = "PUT".equals(operation.method()) ? Map.of("If-Match", "\"0\"") : Map.of();
                boolean hasBody = !"GET".equals(operation.method()) && !"DELETE".equals(operation.method());
                cases.add(new Case(operation.key(), "{" + parameter.name() + "}=" + bad, api, operation.method(), path,
                        hasBody ? contentType(operation) : null, hasBody ? bodyOrEmpty(operation, f) : null, false,
                        headers, true));
            }
        }
        return cases;
    }

    // ---- query parameters ----

    /** Values for a query parameter, each with whether the API must refuse it (else it only must not fail). */
    private static Map<String, Boolean> badValues(Parameter parameter) {
        Map<String, Boolean> values = new LinkedHashMap<>();
        String name = parameter.name();
        switch (name) {
            case "page" -> List.of("-1", "abc", "99999999999").forEach(v -> values.put(v, true));
            case "size" -> List.of("0", "-5", "100000", "abc").forEach(v -> values.put(v, true));
            case "sort" -> List.of("unknown", "name,sideways", "1;drop table x").forEach(v -> values.put(v, true));
            case "from", "to" -> List.of("2026-13-45", "31.12.2026", "gestern", "2026-02-30", "+999999999-12-31",
                    "+999999999-12-31T00:00:00Z").forEach(v -> values.put(v, true));
            case "status", "kind", "type" -> values.put("NOPE", true);
            case "overdue" -> values.put("maybe", true);
            case "programId", "projectId", "beforeId" -> List.of("abc", "99999999999999999999").forEach(v -> values.put(v, true));
            default -> {
                if (parameter.type().startsWith("integer")) {
                    values.put("abc", true);
                    values.put("99999999999999999999", true);
                    values.put("-1", false);
                } else {
                    values.put("x".repeat(5000), false);
                    values.put("' OR 1=1 --", false);
                    values.put("%00", false);
                }
            }
        }
        return values;
    }

    static List<Case> queryCases(Operation operation, Fixtures f) {
        List<Case> cases = new ArrayList<>();
        if (!"GET".equals(operation.method())) {
            return cases;
        }
        Api api = caller(operation.key());
        String path = f.path(operation.path(), Map.of(), true);
        for (Parameter parameter : operation.in("query")) {
            badValues(parameter).forEach((value, mustRefuse) -> cases.add(new Case(operation.key(),
                    "?" + parameter.name() + "=" + abbreviate(value), api, "GET", path + "?" + parameter.name() + "="
                    + URLEncoder.encode(value, StandardCharsets.UTF_8), null, null, false, Map.of(), mustRefuse)));
        }
        return cases;
    }

    // ---- bodies ----

    /** The malformed JSON values of a field of this kind; all are invalid whatever else the body says. */
    private static List<String> badValues(Field field) {
        List<String> values = new ArrayList<>(List.of("{}"));
        switch (field.kind()) {
            case TEXT -> values.addAll(List.of("[]", "\"" + "x".repeat(field.huge()) + "\"", "\"a\\u0000b\""));
            case CHOICE -> values.addAll(List.of("\"NOPE\"", "5", "[]"));
            case DATE -> values.addAll(List.of("\"2026-13-45\"", "\"31.12.2026\"", "20261231", "true", "[]"));
            case INSTANT -> values.addAll(List.of("\"2026-13-45T10:00:00+01:00\"", "\"31.12.2026 10:00\"", "5", "[]"));
            case INT -> values.addAll(List.of("\"abc\"", "1e309", "9223372036854775808", "-1", "true", "[]"));
            case AMOUNT -> values.addAll(List.of("\"abc\"", "-1", "1e309", "true", "\"12,50\"", "[]"));
            case ID -> values.addAll(field.required() ? List.of("\"abc\"", "-1", "1e309", "true", "[]")
                    : List.of("\"abc\"", "true", "[]"));
            case BOOL -> values.add("[]");
            case TEXT_LIST -> values.addAll(List.of("\"x\"", "5", "[{}]", "[null]", "[\"" + "x".repeat(field.huge()) + "\"]"));
            case OBJECTS -> values.addAll(List.of("\"x\"", "5", "[5]", "[{}]", "[\"x\"]"));
        }
        if (field.required()) {
            values.add("null");
            if (field.kind() == Kind.TEXT || field.kind() == Kind.CHOICE) {
                values.addAll(List.of("\"\"", "\"   \""));
            }
        }
        return values;
    }

    static List<Case> bodyCases(Operation operation, Fixtures f) {
        List<Case> cases = new ArrayList<>();
        if (!operation.takesJson()) {
            return cases;
        }
        Api api = caller(operation.key());
        String path = f.path(operation.path(), Map.of(), true);
        Map<String, String> precondition = ifMatch(operation, f, path);
        Optional<Template> found = Bodies.of(operation.key(), f);
        List<String> bodies = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        for (String broken : BROKEN_JSON) {
            bodies.add(broken);
            labels.add("broken JSON " + abbreviate(broken));
        }
        bodies.add("[" .repeat(100_000));
        labels.add("nested 100,000 deep");
        if (found.isPresent()) {
            Template template = found.get();
            Map<String, String> valid = new LinkedHashMap<>();
            template.valid().forEach((name, value) -> valid.put(name, value.toString()));
            for (String shape : WRONG_SHAPES) {
                bodies.add(shape);
                labels.add("body " + shape);
            }
            if (!template.optionalBody()) {
                bodies.add("");
                labels.add("empty body");
                bodies.add("null");
                labels.add("body null");
            }
            if (template.hasRequired()) {
                bodies.add("{}");
                labels.add("body {}");
            }
            for (Field field : template.fields()) {
                for (String bad : badValues(field)) {
                    Map<String, String> mutated = new LinkedHashMap<>(valid);
                    mutated.put(field.name(), bad);
                    bodies.add(object(mutated));
                    labels.add(field.name() + "=" + abbreviate(bad));
                }
                if (field.required()) {
                    Map<String, String> missing = new LinkedHashMap<>(valid);
                    missing.remove(field.name());
                    bodies.add(object(missing));
                    labels.add(field.name() + " missing");
                }
            }
            // Fields the document names that the template does not know: a wrong type is still wrong.
            operation.bodyFields().forEach((name, type) -> {
                if (template.fields().stream().noneMatch(field -> field.name().equals(name))) {
                    Map<String, String> mutated = new LinkedHashMap<>(valid);
                    mutated.put(name, type.startsWith("string") ? "{}" : "\"abc\"");
                    bodies.add(object(mutated));
                    labels.add(name + " (from the document) of a wrong type");
                }
            });
            String validBody = template.valid().toString();
            for (String[] type : new String[][]{{"text/plain", validBody}, {"application/xml", "<member><name>x</name></member>"},
                    {"multipart/form-data; boundary=grenze", "--grenze\r\nContent-Disposition: form-data; name=\"body\"\r\n"
                            + "Content-Type: application/json\r\n\r\n" + validBody + "\r\n--grenze--\r\n"},
                    {"application/x-www-form-urlencoded", "name=x&kind=PARTNER"}}) {
                cases.add(new Case(operation.key(), "Content-Type " + type[0], api, operation.method(), path, type[0],
                        utf8(type[1]), false, precondition, true));
            }
            cases.add(new Case(operation.key(), "1.1 MiB with Content-Length", api, operation.method(), path, JSON,
                    padded(validBody, 1_150_000), false, precondition, true));
            if (!precondition.isEmpty()) {
                for (String tag : new String[]{"abc", "\"-1\"", "*", "W/\"abc\"", "\"99999999999999999999\"", "\"\""}) {
                    cases.add(new Case(operation.key(), "If-Match " + tag, api, operation.method(), path, JSON,
                            utf8(validBody), false, Map.of("If-Match", tag), true));
                }
            }
        }
        for (int i = 0; i < bodies.size(); i++) {
            cases.add(new Case(operation.key(), labels.get(i), api, operation.method(), path, JSON, utf8(bodies.get(i)),
                    false, precondition, true));
        }
        return cases;
    }

    /** The valid body with {@code size} bytes of whitespace after its opening brace: valid JSON, just too big. */
    static byte[] padded(String json, int size) {
        byte[] body = utf8(json);
        byte[] padded = new byte[body.length + size];
        padded[0] = body[0];
        java.util.Arrays.fill(padded, 1, size + 1, (byte) ' ');
        System.arraycopy(body, 1, padded, size + 1, body.length - 1);
        return padded;
    }

    private static String object(Map<String, String> fields) {
        StringBuilder json = new StringBuilder("{");
        fields.forEach((name, raw) -> json.append(json.length() > 1 ? "," : "").append('"').append(name).append("\":")
                .append(raw));
        return json.append('}').toString();
    }

    // ---- hand-written ----

    /** Edge cases no generator reaches: uploads, nested lists, numbers beyond every range. */
    static List<Case> handWritten(Fixtures f) {
        List<Case> cases = new ArrayList<>();
        Api lead = Api.as("lead");
        Api office = Api.as("office");
        Api auditor = Api.as("auditor");
        String attachments = "/api/v1/reports/" + f.reportId + "/attachments";
        String upload = "POST /api/v1/reports/{id}/attachments";
        cases.add(new Case(upload, "not a PDF", lead, "POST", attachments + "?filename=x.pdf", "application/pdf",
                utf8("no pdf at all"), false, Map.of(), true));
        cases.add(new Case(upload, "empty PDF", lead, "POST", attachments, "application/pdf", new byte[0], false,
                Map.of(), true));
        cases.add(new Case(upload, "PDF header only", lead, "POST", attachments, "application/pdf", utf8("%PDF-"),
                false, Map.of(), true));
        cases.add(new Case(upload, "text/plain", lead, "POST", attachments, "text/plain", utf8("hello"), false,
                Map.of(), true));
        cases.add(new Case(upload, "multipart without file", lead, "POST", attachments,
                "multipart/form-data; boundary=grenze", utf8("--grenze\r\nContent-Disposition: form-data; "
                + "name=\"other\"\r\n\r\nx\r\n--grenze--\r\n"), false, Map.of(), true));
        cases.add(new Case(upload, "multipart with text file", lead, "POST", attachments,
                "multipart/form-data; boundary=grenze", utf8("--grenze\r\nContent-Disposition: form-data; "
                + "name=\"file\"; filename=\"a.pdf\"\r\nContent-Type: application/pdf\r\n\r\nkein pdf\r\n--grenze--\r\n"),
                false, Map.of(), true));
        cases.add(new Case(upload, "multipart broken", lead, "POST", attachments,
                "multipart/form-data; boundary=grenze", utf8("--grenze\r\nnonsense"), false, Map.of(), true));
        cases.add(new Case(upload, "multipart without boundary", lead, "POST", attachments, "multipart/form-data",
                utf8("x"), false, Map.of(), true));
        cases.add(new Case(upload, "filename 5000 characters, not a PDF", lead, "POST", attachments + "?filename="
                + "a".repeat(5000), "application/pdf", utf8("kein pdf"), false, Map.of(), true));

        String costPlan = "/api/v1/projects/" + f.projectId + "/cost-plan";
        String plan = "PUT /api/v1/projects/{id}/cost-plan";
        int year = f.today.getYear();
        for (String line : new String[]{"{\"category\":\"Sachkosten\",\"year\":" + year + ",\"amount\":-1}",
                "{\"category\":\"Sachkosten\",\"year\":" + year + ",\"amount\":1e309}",
                "{\"category\":\"Sachkosten\",\"year\":-1,\"amount\":10}",
                "{\"category\":\"Sachkosten\",\"year\":\"abc\",\"amount\":10}",
                "{\"category\":\"" + "x".repeat(100_000) + "\",\"year\":" + year + ",\"amount\":10}",
                "{\"category\":\"\",\"year\":" + year + ",\"amount\":10}",
                "{\"category\":null,\"year\":" + year + ",\"amount\":10}",
                "{\"category\":\"Sachkosten\",\"year\":" + year + ",\"amount\":null}",
                "{\"category\":\"Sachkosten\",\"year\":" + year + "}"}) {
            cases.add(new Case(plan, "line " + abbreviate(line), office, "PUT", costPlan, JSON,
                    utf8("{\"lines\":[" + line + "]}"), false, Map.of(), true));
        }

        String review = "/api/v1/reports/" + f.submittedReportId + "/review";
        String reviewOp = "POST /api/v1/reports/{id}/review";
        for (String findings : new String[]{"[{\"severity\":\"NOPE\",\"text\":\"x\"}]", "[{\"severity\":\"MAJOR\"}]",
                "[{\"severity\":\"MAJOR\",\"text\":\"\"}]", "[{\"severity\":\"MAJOR\",\"text\":\"" + "x".repeat(100_000)
                + "\"}]", "[{\"text\":\"ohne Schwere\"}]", "[null]"}) {
            for (String decision : new String[]{"ACCEPT", "RETURN"}) {
                cases.add(new Case(reviewOp, decision + " findings " + abbreviate(findings), auditor, "POST", review,
                        JSON, utf8("{\"decision\":\"" + decision + "\",\"findings\":" + findings + "}"), false, Map.of(),
                        true));
            }
        }

        String rounds = "/api/v1/admission-rounds";
        String date = f.today.plusDays(400).toString();
        for (String round : new String[]{"{\"date\":\"" + date + "\",\"applicationDeadline\":\"" + date
                + "\",\"capacity\":1" + "0".repeat(4000) + "}", "{\"date\":\"2000-01-01\",\"applicationDeadline\":"
                + "\"1999-12-01\",\"capacity\":3}", "{\"date\":\"+999999999-12-31\",\"applicationDeadline\":\"" + date
                + "\",\"capacity\":3}", "{\"date\":\"" + date + "\",\"applicationDeadline\":\"" + f.today.plusDays(500)
                + "\",\"capacity\":3}", "{\"date\":\"" + date + "\",\"applicationDeadline\":\"" + date
                + "\",\"capacity\":3,\"capacity\":\"drei\"}"}) {
            cases.add(new Case("POST /api/v1/admission-rounds", abbreviate(round), office, "POST", rounds, JSON,
                    utf8(round), false, Map.of(), true));
        }

        Map<String, String> anonymous = new HashMap<>();
        anonymous.put("prospect with control characters", "{\"organisation\":\"Gemeinde\\u0007\",\"contactName\":"
                + "\"Mia\",\"email\":\"mia@example.org\\r\\nBcc: x@example.org\",\"consent\":true}");
        anonymous.put("prospect e-mail 300 characters", "{\"organisation\":\"Gemeinde\",\"contactName\":\"Mia\","
                + "\"email\":\"" + "m".repeat(300) + "@example.org\",\"consent\":true}");
        anonymous.put("prospect without consent", "{\"organisation\":\"Gemeinde\",\"contactName\":\"Mia\","
                + "\"email\":\"mia@example.org\",\"consent\":false}");
        anonymous.forEach((label, body) -> cases.add(new Case("POST /api/v1/prospects", label, Api.anonymous(), "POST",
                "/api/v1/prospects", JSON, utf8(body), false, Map.of(), true)));

        // Whole numbers beyond the field's range must not wrap around into a valid value (2^32 + 1 → 1).
        JsonObject event = Bodies.of("POST /api/v1/events", f).orElseThrow().valid();
        for (String capacity : new String[]{"4294967297", "1.5", "\"4294967297\""}) {
            cases.add(new Case("POST /api/v1/events", "capacity " + capacity, office, "POST", "/api/v1/events", JSON,
                    utf8(event.toString().replace("\"capacity\":200", "\"capacity\":" + capacity)), false, Map.of(),
                    true));
        }
        cases.add(new Case("POST /api/v1/projects/{id}/reports", "fiscalYear 2^32 + year", office, "POST",
                "/api/v1/projects/" + f.projectId + "/reports", JSON, utf8("{\"kind\":\"INTERIM_PROOF\",\"fiscalYear\":"
                + (4294967296L + f.periodStart().getYear()) + "}"), false, Map.of(), true));
        JsonObject programme = Bodies.of("POST /api/v1/programs", f).orElseThrow().valid();
        cases.add(new Case("POST /api/v1/programs", "durationMonths 2^32 + 24", office, "POST", "/api/v1/programs", JSON,
                utf8(programme.toString().replace("\"durationMonths\":24", "\"durationMonths\":4294967320")), false,
                Map.of(), true));

        String registrations = "/api/v1/events/" + f.eventId + "/registrations";
        for (String registration : new String[]{"{\"firstName\":\"Paula\",\"lastName\":\"Probe\",\"email\":\"keine-adresse\"}",
                "{\"firstName\":\"Paula\",\"lastName\":\"Probe\",\"email\":\"p@example.org\",\"memberId\":-1}",
                "{\"firstName\":\"Paula\",\"lastName\":\"Probe\",\"email\":\"p@example.org\",\"contactId\":99999999}"}) {
            cases.add(new Case("POST /api/v1/events/{id}/registrations", abbreviate(registration), Api.anonymous(),
                    "POST", registrations, JSON, utf8(registration), false, Map.of(), true));
        }
        return cases;
    }

    private static String abbreviate(String value) {
        String v = value.replace("\u0000", "\\0");
        return v.length() > 40 ? v.substring(0, 40) + "…(" + v.length() + ")" : v;
    }
}
