package de.netzwerkbuero.it.security;

import de.netzwerkbuero.it.funding.FundingTestSupport;
import de.netzwerkbuero.it.security.ExpectedAccess.Caller;
import de.netzwerkbuero.it.security.OpenApiOperations.Operation;
import de.netzwerkbuero.it.support.Api;
import de.netzwerkbuero.it.support.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every operation of the served OpenAPI document, called as anonymous, office, a project lead on their own
 * project's objects, another project lead on those same objects, auditor and admin, against
 * {@link ExpectedAccess}: a caller the table does not allow must be refused (401 for anonymous, 403, or 404 where
 * an object's existence is hidden) and never get a 2xx; an allowed caller must never get 401 or 403 (nor the own
 * lead a 404). Path parameters name real objects ({@link Fixtures}) and bodies are valid ({@link Bodies}), with the
 * current {@code If-Match}, so a refusal comes from authorization and not from a bad request.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RoleMatrixIT {

    private static final Caller[] ORDER = {Caller.ANONYMOUS, Caller.LEAD_FOREIGN, Caller.AUDITOR, Caller.ADMIN,
            Caller.LEAD_OWN, Caller.OFFICE};
    private static final Map<Caller, Api> APIS = Map.of(Caller.ANONYMOUS, Api.anonymous(), Caller.OFFICE,
            Api.as("office"), Caller.LEAD_OWN, Api.as("lead"), Caller.LEAD_FOREIGN, Api.as("lead2"),
            Caller.AUDITOR, Api.as("auditor"), Caller.ADMIN, Api.as("admin"));

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.withTests(FundingTestSupport.class);
    }

    @Test
    void everyServedOperationIsClassifiedAndEveryClassifiedOperationIsServed() {
        Set<String> served = OpenApiOperations.read().stream().map(Operation::key)
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> unclassified = new TreeSet<>(served);
        unclassified.removeAll(ExpectedAccess.rows().keySet());
        Set<String> gone = new TreeSet<>(ExpectedAccess.rows().keySet());
        gone.removeAll(served);
        assertTrue(served.size() > 50, "the OpenAPI document lists the API: " + served);
        assertTrue(unclassified.isEmpty(), "operations served but not in ExpectedAccess (add a row): " + unclassified);
        assertTrue(gone.isEmpty(), "rows in ExpectedAccess no longer served (remove them): " + gone);
    }

    @Test
    void everyRoleGetsExactlyWhatTheRoleTableAllows() {
        Fixtures fixtures = Fixtures.create();
        List<Operation> operations = new ArrayList<>(OpenApiOperations.read().stream()
                .filter(o -> ExpectedAccess.rows().containsKey(o.key())).toList());
        // What destroys or moves on its object runs last (on fresh objects), after everything that reads them.
        operations.sort(Comparator.comparing(o -> Fixtures.DESTRUCTIVE.contains(o.key())));

        List<String> failures = new ArrayList<>();
        StringBuilder matrix = new StringBuilder("operation | anonymous lead2 auditor admin lead office\n");
        for (Operation operation : operations) {
            Set<Caller> allowed = ExpectedAccess.allowed(operation.key());
            matrix.append(operation.key()).append(" |");
            for (Caller caller : ORDER) {
                boolean allow = allowed.contains(caller);
                HttpResponse<String> response = call(fixtures, operation, caller, allow);
                int status = response.statusCode();
                matrix.append(' ').append(status).append(allow ? "" : "*");
                String verdict = verdict(caller, allow, status, operation.path().contains("{"));
                if (verdict != null) {
                    failures.add(operation.key() + " as " + caller + ": " + status + " — " + verdict + " "
                            + abbreviate(response.body()));
                }
            }
            matrix.append('\n');
        }
        System.out.println("Role matrix (* = refusal expected):\n" + matrix);
        assertTrue(failures.isEmpty(), failures.size() + " role/operation pairs break the role table:\n"
                + String.join("\n", failures));
    }

    /** Why the answer breaks the table, or {@code null} when it does not. */
    private static String verdict(Caller caller, boolean allowed, int status, boolean onAnObject) {
        if (status >= 500) {
            return "server error";
        }
        if (allowed) {
            if (status == 401 || status == 403) {
                return "refused although the role table allows it";
            }
            if (caller == Caller.LEAD_OWN && onAnObject && status == 404) {
                return "the lead's own object is hidden from them";
            }
            return null;
        }
        if (status >= 200 && status < 300) {
            return "ALLOWED although the role table forbids it";
        }
        if (caller == Caller.ANONYMOUS && status != 401) {
            return "anonymous must be asked to authenticate (401)";
        }
        if (status != 401 && status != 403 && status != 404) {
            return "not refused by authorization (expected 403, or 404 for a hidden object)";
        }
        return null;
    }

    private static HttpResponse<String> call(Fixtures fixtures, Operation operation, Caller caller, boolean allowed) {
        // Only a call that may succeed gets fresh objects; a refused one leaves the shared ones as they are.
        Map<String, String> fresh = allowed ? fixtures.freshFor(operation.key()) : Map.of();
        String path = fixtures.path(operation.path(), fresh);
        Map<String, String> headers = new HashMap<>();
        String ifMatch = fresh.containsKey("If-Match") ? fresh.get("If-Match")
                : operation.path().startsWith("/api/v1/extensions/") ? "\"" + fixtures.extensionVersion + "\""
                : Preconditions.etagFor(operation, path);
        if (ifMatch != null) {
            headers.put("If-Match", ifMatch);
        }
        Api api = APIS.get(caller);
        if (operation.bodyTypes().contains("application/pdf")) {
            return api.sendBytes(operation.method(), path + "?filename=beleg.pdf", "application/pdf",
                    Fixtures.PDF.getBytes(StandardCharsets.ISO_8859_1), headers);
        }
        if ("GET".equals(operation.method()) || "DELETE".equals(operation.method())) {
            return api.send(operation.method(), path, null, null, headers);
        }
        String body = Bodies.valid(operation.key(), fixtures);
        return api.send(operation.method(), path, "application/json", body.isEmpty() && !operation.bodyTypes().isEmpty()
                ? "{}" : body, headers);
    }

    private static String abbreviate(String body) {
        return body == null ? "" : body.length() > 300 ? body.substring(0, 300) + "…" : body;
    }
}
