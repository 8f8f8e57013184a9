package de.netzwerkbuero.it.security;

import de.netzwerkbuero.it.funding.FundingTestSupport;
import de.netzwerkbuero.it.security.OpenApiOperations.Operation;
import de.netzwerkbuero.it.support.Api;
import de.netzwerkbuero.it.support.Deployments;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Hundreds of malformed requests, generated from the OpenAPI document's operations (every path parameter, query
 * parameter and body field) and from hand-written edge cases, sent as a role the operation is meant for. None may
 * answer 5xx, every 4xx is problem+json with status and title, none that changes something may be answered with a
 * 2xx, and afterwards every table of the application's schemas has as many rows as before (the audit trail
 * included, logins aside): malformed input creates, changes and audits nothing.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MalformedInputIT {

    private static final int MIB = 1 << 20;
    private static Fixtures fixtures;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.withTests(FundingTestSupport.class);
    }

    /** One malformed request. {@code mustRefuse}: a 2xx means the malformed input was taken. */
    record Case(String operation, String label, Api api, String method, String path, String contentType,
                byte[] body, boolean streamed, Map<String, String> headers, boolean mustRefuse) {
    }

    private static synchronized Fixtures fixtures() {
        if (fixtures == null) {
            fixtures = Fixtures.create();
        }
        return fixtures;
    }

    @Test
    @Order(1)
    void malformedInputIsRefusedAsAProblemAndChangesNothing() {
        Fixtures f = fixtures();
        List<Operation> operations = OpenApiOperations.read();
        List<Case> cases = new ArrayList<>();
        for (Operation operation : operations) {
            cases.addAll(MalformedCases.pathCases(operation, f));
            cases.addAll(MalformedCases.queryCases(operation, f));
            cases.addAll(MalformedCases.bodyCases(operation, f));
        }
        cases.addAll(MalformedCases.handWritten(f));
        assertTrue(cases.size() >= 500, "at least 500 malformed inputs, got " + cases.size());
        List<String> failures = run("malformed", cases);
        assertTrue(failures.isEmpty(), failures.size() + " problems in " + cases.size() + " malformed requests "
                + "(each request, and a change of the database):\n" + String.join("\n", failures));
    }

    /** Runs last: until streamed bodies are limited, the oversized ones change the fixtures they are sent to. */
    @Test
    @Order(2)
    void bodiesAboveOneMebibyteAreRefusedWith413AlsoWhenStreamedWithoutLength() {
        Fixtures f = fixtures();
        List<Case> cases = new ArrayList<>();
        for (Operation operation : OpenApiOperations.read()) {
            Bodies.of(operation.key(), f).ifPresent(template -> {
                byte[] padded = MalformedCases.padded(template.valid().toString(), 2 * MIB);
                cases.add(new Case(operation.key(), "2 MiB chunked", MalformedCases.caller(operation.key()),
                        operation.method(), f.path(operation.path(), Map.of()), "application/json", padded, true,
                        MalformedCases.ifMatch(operation, f, f.path(operation.path(), Map.of())), true));
            });
        }
        assertTrue(cases.size() > 20, "every JSON body operation, got " + cases.size());
        List<String> failures = run("chunked", cases);
        assertTrue(failures.isEmpty(), failures.size() + " problems in " + cases.size()
                + " streamed oversized bodies (each not refused with 413, and a change of the database):\n"
                + String.join("\n", failures));
    }

    /** Sends every case, checks each answer, then that the database holds as many rows as before. */
    private static List<String> run(String group, List<Case> cases) {
        Map<String, Long> before = DatabaseCounts.snapshot();
        long lastAudit = DatabaseCounts.lastAuditId();
        List<String> failures = Collections.synchronizedList(new ArrayList<>());
        int[] statuses = new int[6];
        for (Case c : cases) {
            String verdict;
            int status = 0;
            try {
                HttpResponse<String> response = send(c);
                status = response.statusCode();
                verdict = verdict(group, c, response);
            } catch (UncheckedIOException e) {
                verdict = "no answer: " + e.getCause();
            }
            statuses[Math.min(status / 100, 5)]++;
            if (verdict != null) {
                failures.add(c.operation() + " [" + c.label() + "] → " + status + ": " + verdict);
            }
        }
        Map<String, Long> after = DatabaseCounts.snapshot();
        List<String> changed = DatabaseCounts.differences(before, after);
        if (!changed.isEmpty()) {
            failures.add("the database changed: " + changed + "; audited: " + DatabaseCounts.auditedSince(lastAudit));
        }
        System.out.printf("%s: %d requests, 2xx %d, 3xx %d, 4xx %d, 5xx %d, %d failures%n", group, cases.size(),
                statuses[2], statuses[3], statuses[4], statuses[5], failures.size());
        return failures;
    }

    private static HttpResponse<String> send(Case c) {
        Map<String, String> headers = new HashMap<>(c.headers());
        if (MalformedCases.CURRENT.equals(headers.get("If-Match"))) {
            String etag = Preconditions.etagFor(c.method(), c.path());
            headers.put("If-Match", etag == null ? "\"0\"" : etag);
        }
        if (c.streamed()) {
            byte[] body = c.body();
            return c.api().sendStreamed(c.method(), c.path(), c.contentType(), () -> chunks(body), headers);
        }
        return c.api().sendBytes(c.method(), c.path(), c.contentType(), c.body() == null ? new byte[0] : c.body(),
                headers);
    }

    /** A stream that yields the body in 64 KiB pieces, so nothing tells the server its length in advance. */
    private static InputStream chunks(byte[] body) {
        List<InputStream> parts = new ArrayList<>();
        for (int i = 0; i < body.length; i += 64 * 1024) {
            parts.add(new ByteArrayInputStream(body, i, Math.min(64 * 1024, body.length - i)));
        }
        return new SequenceInputStream(Collections.enumeration(parts));
    }

    private static String verdict(String group, Case c, HttpResponse<String> response) {
        int status = response.statusCode();
        if (status >= 500) {
            return "server error " + abbreviate(response.body());
        }
        if ("chunked".equals(group) && status != 413) {
            return "expected 413 " + abbreviate(response.body());
        }
        if (status >= 400) {
            String type = response.headers().firstValue("Content-Type").orElse("");
            if (!type.startsWith("application/problem+json")) {
                return "not problem+json but " + type + ": " + abbreviate(response.body());
            }
            try {
                JsonObject problem = Api.json(response);
                if (problem.getInt("status", -1) != status || !problem.containsKey("title")) {
                    return "problem without matching status and title: " + abbreviate(response.body());
                }
            } catch (RuntimeException e) {
                return "problem+json that is no JSON object: " + abbreviate(response.body());
            }
            return null;
        }
        return c.mustRefuse() ? "ACCEPTED " + abbreviate(response.body()) : null;
    }

    private static String abbreviate(String body) {
        String b = body == null ? "" : body.replace('\n', ' ');
        return b.length() > 240 ? b.substring(0, 240) + "…" : b;
    }
}
