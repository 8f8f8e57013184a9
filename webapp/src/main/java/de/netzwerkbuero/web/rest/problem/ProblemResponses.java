package de.netzwerkbuero.web.rest.problem;

import de.netzwerkbuero.platform.api.error.ApplicationProblem;
import de.netzwerkbuero.platform.api.error.FieldViolation;
import de.netzwerkbuero.platform.api.error.InvalidInputException;
import de.netzwerkbuero.platform.api.error.TooManyRequestsException;
import de.netzwerkbuero.web.i18n.Texts;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.core.Response;

import java.util.List;
import java.util.Locale;

/** RFC 9457 problem details as the API writes them: {@code type, title, status, detail, instance[, violations]}. */
public final class ProblemResponses {

    public static final String MEDIA_TYPE = "application/problem+json";
    private static final String TYPE_BASE = "urn:netzwerkbuero:problem:";

    private ProblemResponses() {
    }

    public static Response of(ApplicationProblem problem, String instance, Locale locale) {
        JsonObjectBuilder body = base(problem.status(), problem.title(), Texts.problem(problem, locale), instance)
                .add("type", TYPE_BASE + problem.key());
        if (problem instanceof InvalidInputException invalid) {
            body.add("violations", violations(invalid.violations(), locale));
        }
        Response response = build(problem.status(), body);
        if (problem instanceof TooManyRequestsException throttled) {
            return Response.fromResponse(response).header("Retry-After", throttled.retryAfterSeconds()).build();
        }
        return response;
    }

    public static Response of(int status, String title, String detail, String instance) {
        return build(status, base(status, title, detail, instance).add("type", "about:blank"));
    }

    private static JsonObjectBuilder base(int status, String title, String detail, String instance) {
        JsonObjectBuilder body = Json.createObjectBuilder().add("title", title).add("status", status);
        if (detail != null) {
            body.add("detail", detail);
        }
        if (instance != null) {
            body.add("instance", instance);
        }
        return body;
    }

    private static JsonArrayBuilder violations(List<FieldViolation> violations, Locale locale) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        violations.forEach(v -> array.add(Json.createObjectBuilder()
                .add("field", v.field())
                .add("message", Texts.violation(v, locale))));
        return array;
    }

    private static Response build(int status, JsonObjectBuilder body) {
        return Response.status(status).type(MEDIA_TYPE).entity(body.build().toString()).build();
    }
}
