package de.netzwerkbuero.it.platform;

import de.netzwerkbuero.it.funding.FundingClient;
import de.netzwerkbuero.it.funding.FundingTestSupport;
import de.netzwerkbuero.it.support.Api;
import de.netzwerkbuero.it.support.Browser;
import de.netzwerkbuero.it.support.Deployments;
import de.netzwerkbuero.it.support.TestAccounts;
import de.netzwerkbuero.it.support.UiSession;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * HTTP hardening seen from a client: security headers on every kind of response, cross-site state changes
 * with the UI's session refused, media types and body limits enforced by the bytes read, CSV cells defused,
 * uploads kept as .pdf, downloads never sniffed.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class WebHardeningIT {

    private static final String PDF = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n";
    private static final String FOREIGN = "https://evil.example";
    private static final String BOUNDARY = "----netzwerk-it-boundary";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.withTests(FundingTestSupport.class);
    }

    @BeforeEach
    void accounts() {
        Api.ensureTestAccounts();
    }

    @Test
    void everyKindOfResponseCarriesTheSecurityHeaders() {
        HttpResponse<String> page = Api.anonymous().get("/login.xhtml");
        assertEquals(200, page.statusCode());
        assertSecurityHeaders(page);
        List<String> policies = page.headers().allValues("Content-Security-Policy");
        assertEquals(1, policies.size(), "one policy, PrimeFaces' with the nonce: " + policies);
        assertTrue(policies.get(0).contains("'nonce-"), policies.get(0));
        assertFalse(page.body().contains(" onclick=\""), "no inline event handlers under the CSP");

        HttpResponse<String> audit = Api.as("auditor").get("/api/v1/audit");
        assertSecurityHeaders(audit);
        assertEquals("no-store", audit.headers().firstValue("Cache-Control").orElse(""), "personal data is not cached");
        assertSecurityHeaders(Api.anonymous().get("/api/v1/public/events"));
        assertSecurityHeaders(Api.anonymous().get("/public/events/index.xhtml"));
        assertSecurityHeaders(Api.anonymous().get("/health"));
        HttpResponse<String> unauthorized = Api.anonymous().get("/api/v1/audit");
        assertEquals(401, unauthorized.statusCode());
        assertSecurityHeaders(unauthorized);
        HttpResponse<String> noResource = Api.as("admin").get("/api/v1/no-such-resource");
        assertEquals(404, noResource.statusCode());
        assertSecurityHeaders(noResource);
        HttpResponse<String> noPage = Api.anonymous().get("/no-such-page.xhtml");
        assertEquals(404, noPage.statusCode());
        assertSecurityHeaders(noPage);
        HttpResponse<String> forbiddenPage = Api.as("office").get("/app/admin/accounts.xhtml");
        assertEquals(403, forbiddenPage.statusCode());
        assertSecurityHeaders(forbiddenPage);
    }

    @Test
    void pagesWorkUnderTheContentSecurityPolicyAndAViolationWouldBeSeen() {
        try (Browser browser = new Browser()) {
            browser.logIn("office", TestAccounts.passwordOf("office"));
            browser.open("/app/members/register.xhtml");
            browser.waitFor(By.id("progressLabel"));
            browser.open("/public/events/index.xhtml");
            browser.waitFor(By.tagName("h1"));
            assertEquals(List.of(), browser.contentSecurityPolicyViolations());

            // An inline script without the page's nonce is blocked, and the browser test support notices it.
            ((JavascriptExecutor) browser.driver()).executeScript("const s = document.createElement('script');"
                    + "s.textContent = 'window.injected = true'; document.body.appendChild(s);");
            assertEquals(null, ((JavascriptExecutor) browser.driver()).executeScript("return window.injected;"));
            browser.patiently().until(d -> !browser.contentSecurityPolicyViolations().isEmpty());
        } catch (AssertionError expected) {
            assertTrue(expected.getMessage().contains("content security policy violations"), expected.getMessage());
            return;
        }
        throw new AssertionError("closing the browser should have reported the injected script");
    }

    /**
     * The test server runs as behind a TLS-terminating proxy ({@code -Dnetzwerk.trust-proxy=true}, see arquillian.xml):
     * a request the proxy marks as HTTPS gets HSTS, a plain one neither HSTS nor a Secure cookie. That the headers are
     * not believed without that setting is {@code HttpsSettingsTest}'s part.
     */
    @Test
    void hstsOnlyForRequestsTheTrustedProxyMarksAsHttps() {
        HttpResponse<String> viaTls = Api.anonymous().send("GET", "/login.xhtml", null, null,
                Map.of("X-Forwarded-Proto", "https"));
        assertTrue(viaTls.headers().firstValue("Strict-Transport-Security").orElse("").contains("max-age="),
                viaTls.headers().map().toString());
        HttpResponse<String> plain = Api.anonymous().get("/login.xhtml");
        assertTrue(plain.headers().firstValue("Strict-Transport-Security").isEmpty());
        assertFalse(plain.headers().firstValue("Set-Cookie").orElse("").contains("Secure"));
    }

    @Test
    void theSessionCookieIsHttpOnlyAndSameSite() {
        HttpResponse<String> page = Api.anonymous().get("/login.xhtml");
        String cookie = page.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("NETZWERKSESSION="))
                .findFirst().orElseThrow();
        assertTrue(cookie.contains("HttpOnly"), cookie);
        assertTrue(cookie.toLowerCase().contains("samesite=lax"), cookie);
    }

    @Test
    void aCrossSiteChangeWithTheSessionCookieIsRefusedAndASameOriginOneWithTheHeaderAccepted() {
        JsonObject project = FundingClient.approvedProject("ANBEST_P", LocalDate.of(2023, 7, 1), "lead");
        String reportPath = newReport(project.getJsonNumber("id").longValue());
        UiSession lead = UiSession.login("lead");
        byte[] upload = multipart("evil.html", PDF);
        String type = "multipart/form-data; boundary=" + BOUNDARY;

        assertProblem(lead.send("POST", reportPath + "/attachments", type, upload, Map.of("Origin", FOREIGN)), 403);
        assertProblem(lead.send("POST", reportPath + "/attachments", type, upload,
                Map.of("Origin", FOREIGN, "X-Requested-With", "XMLHttpRequest")), 403);
        assertProblem(lead.send("POST", reportPath + "/attachments", type, upload, Map.of("Origin", Api.BASE)), 403);
        assertProblem(lead.send("POST", reportPath + "/attachments", type, upload,
                Map.of("X-Requested-With", "XMLHttpRequest")), 403);
        assertProblem(lead.send("POST", reportPath + "/attachments", type, upload,
                Map.of("Origin", "null", "X-Requested-With", "XMLHttpRequest")), 403);
        assertTrue(Api.json(Api.as("lead").get(reportPath)).getJsonArray("attachments").isEmpty(),
                "nothing was stored by the refused requests");

        HttpResponse<String> sameOrigin = lead.send("POST", reportPath + "/attachments", type, upload,
                Map.of("Origin", Api.BASE, "X-Requested-With", "XMLHttpRequest"));
        assertEquals(201, sameOrigin.statusCode(), sameOrigin.body());
        HttpResponse<String> byReferer = lead.send("POST", reportPath + "/attachments?filename=second.pdf",
                "application/pdf", PDF.getBytes(StandardCharsets.UTF_8),
                Map.of("Referer", Api.BASE + "/app/funding/report.xhtml?id=1", "X-Requested-With", "XMLHttpRequest"));
        assertEquals(201, byReferer.statusCode(), byReferer.body());
        assertEquals(200, lead.get(reportPath).statusCode(), "reading needs no proof");
        HttpResponse<String> basic = Api.as("lead").send("POST", reportPath + "/attachments?filename=third.pdf",
                "application/pdf", PDF, Map.of("Origin", FOREIGN));
        assertEquals(201, basic.statusCode(), "HTTP Basic carries no ambient credentials: " + basic.body());
    }

    @Test
    void uploadsAreKeptAsPdfAndDownloadsAreNeverSniffed() {
        JsonObject project = FundingClient.approvedProject("ANBEST_P", LocalDate.of(2023, 7, 1), "lead");
        long projectId = project.getJsonNumber("id").longValue();
        String reportPath = newReport(projectId);
        Api lead = Api.as("lead");
        HttpResponse<String> attached = lead.send("POST", reportPath + "/attachments", "multipart/form-data; boundary="
                + BOUNDARY, new String(multipart("../Bericht <x>.html", PDF), StandardCharsets.UTF_8), Map.of());
        assertEquals(201, attached.statusCode(), attached.body());
        JsonObject attachment = Api.json(attached);
        assertEquals("Bericht _x_.html.pdf", attachment.getString("filename"));
        HttpResponse<String> raw = lead.send("POST", reportPath + "/attachments?filename=" + enc("evil.svg"),
                "application/pdf", PDF, Map.of());
        assertEquals("evil.svg.pdf", Api.json(raw).getString("filename"));

        HttpResponse<String> download = lead.get(reportPath + "/attachments/" + attachment.getJsonNumber("id"));
        assertEquals(200, download.statusCode());
        assertDownload(download, "application/pdf", "attachment; filename=\"Bericht__x_.html.pdf\"");

        HttpResponse<String> csv = Api.as("auditor").get("/api/v1/audit/export?entityType=Report");
        assertDownload(csv, "text/csv", "attachment; filename=\"audit.csv\"");
        HttpResponse<String> zip = Api.as("auditor").get("/api/v1/projects/" + projectId + "/audit-package");
        assertEquals(200, zip.statusCode());
        assertDownload(zip, "application/zip", "attachment; filename=\"audit-package-");
        HttpResponse<String> ics = Api.anonymous().get("/api/v1/calendar.ics");
        assertEquals(200, ics.statusCode());
        assertEquals("nosniff", ics.headers().firstValue("X-Content-Type-Options").orElse(""));
    }

    @Test
    void aWrongMediaTypeIs415EvenForAnActionWithoutBody() {
        assertProblem(Api.as("office").send("POST", "/api/v1/events", "text/plain", "hello", Map.of()), 415);
        assertProblem(Api.as("office").send("POST", "/api/v1/registrations/987654321/check-in", "text/plain",
                "hello", Map.of()), 415);
        assertProblem(Api.as("office").send("POST", "/api/v1/register/import", "application/x-www-form-urlencoded",
                "a=b", Map.of()), 415);
        assertProblem(Api.as("office").send("POST", "/api/v1/registrations/987654321/check-in", null, null,
                Map.of()), 404);
        assertProblem(Api.as("office").post("/api/v1/registrations/987654321/check-in", ""), 404);
    }

    @Test
    void aChunkedJsonBodyAboveOneMebibyteIs413() {
        byte[] huge = ("{\"username\":\"" + "x".repeat(2 * 1024 * 1024) + "\"}").getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> response = Api.as("admin").sendStreamed("POST", "/api/v1/accounts", "application/json",
                () -> new ByteArrayInputStream(huge), Map.of());
        assertProblem(response, 413);
    }

    @Test
    void aFormulaInAFailedLoginNameIsDefusedInTheAuditCsv() {
        String name = "=HYPERLINK(\"x\")";
        assertEquals(401, Api.as(name, "irgendein-passwort").get("/api/v1/audit").statusCode());
        HttpResponse<String> csv = Api.as("auditor").get("/api/v1/audit/export?action=LOGIN_FAILED&actor=" + enc(name));
        assertEquals(200, csv.statusCode(), csv.body());
        assertTrue(csv.body().contains("\"'=HYPERLINK(\"\"x\"\")\""), csv.body());
        for (String line : csv.body().split("\r\n")) {
            for (String cell : line.split(",")) {
                String text = cell.startsWith("\"") ? cell.substring(1) : cell;
                assertFalse(text.startsWith("="), "a formula cell in: " + line);
            }
        }
    }

    private static String newReport(long projectId) {
        HttpResponse<String> created = Api.as("lead").post("/api/v1/projects/" + projectId + "/reports",
                "{\"kind\":\"INTERIM_PROOF\",\"fiscalYear\":2023,\"text\":\"Entwurf\"}");
        assertEquals(201, created.statusCode(), created.body());
        return "/api/v1/reports/" + Api.json(created).getJsonNumber("id");
    }

    private static byte[] multipart(String filename, String content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        String head = "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                + filename.replace("\"", "%22") + "\"\r\nContent-Type: application/pdf\r\n\r\n";
        out.writeBytes(head.getBytes(StandardCharsets.UTF_8));
        out.writeBytes(content.getBytes(StandardCharsets.UTF_8));
        out.writeBytes(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    private static void assertSecurityHeaders(HttpResponse<?> response) {
        String where = response.request().uri() + " (" + response.statusCode() + ")";
        String policy = response.headers().firstValue("Content-Security-Policy").orElse("");
        assertTrue(policy.contains("frame-ancestors 'none'"), where + ": " + policy);
        assertTrue(policy.contains("default-src 'self'"), where + ": " + policy);
        assertEquals("DENY", response.headers().firstValue("X-Frame-Options").orElse(""), where);
        assertEquals("nosniff", response.headers().firstValue("X-Content-Type-Options").orElse(""), where);
        assertEquals("same-origin", response.headers().firstValue("Referrer-Policy").orElse(""), where);
    }

    private static void assertDownload(HttpResponse<?> response, String type, String dispositionStart) {
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith(type),
                response.headers().map().toString());
        assertEquals("nosniff", response.headers().firstValue("X-Content-Type-Options").orElse(""));
        String disposition = response.headers().firstValue("Content-Disposition").orElse("");
        assertTrue(disposition.startsWith(dispositionStart), disposition);
        assertTrue(disposition.contains("filename*=UTF-8''"), disposition);
    }

    private static JsonObject assertProblem(HttpResponse<String> response, int status) {
        assertEquals(status, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"),
                "problem+json for " + status + ": " + response.headers().map());
        JsonObject problem = Api.json(response);
        assertEquals(status, problem.getInt("status"));
        return problem;
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
