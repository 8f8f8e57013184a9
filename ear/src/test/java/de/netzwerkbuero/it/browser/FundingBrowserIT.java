package de.netzwerkbuero.it.browser;

import de.netzwerkbuero.it.support.Api;
import de.netzwerkbuero.it.support.Browser;
import de.netzwerkbuero.it.support.Deployments;
import de.netzwerkbuero.it.support.TestAccounts;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A lead finds their due interim proof, writes and submits it; an auditor returns it with a finding; the lead
 * sees the finding. The funding pages on the way pass axe-core without serious findings. The programme,
 * grantee and project are set up over HTTP as the office.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class FundingBrowserIT {

    private static final String FINDING = "Die Belege zu den Sachkosten fehlen.";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.withTests(de.netzwerkbuero.it.funding.FundingTestSupport.class);
    }

    @Test
    void aLeadSubmitsAnInterimProofAndSeesTheAuditorsFindings() {
        Api.ensureTestAccounts();
        String reference = "BR-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        long projectId = approvedProject(reference);

        try (Browser browser = new Browser()) {
            browser.logIn("lead", TestAccounts.passwordOf("lead"));
            browser.open("/app/funding/projects.xhtml");
            browser.waitFor(By.id("list:projects"));
            assertEquals(List.of(), browser.seriousAccessibilityProblems(), "project list");
            // The lead may have more projects than one page shows (other tests); open this one directly.
            browser.open("/app/funding/project.xhtml?id=" + projectId);

            browser.waitFor(By.id("project:tabs:deadlines"));
            assertEquals(List.of(), browser.seriousAccessibilityProblems(), "project page");
            WebElement interim = browser.driver().findElement(By.xpath(
                    "//tr[contains(., '2024-04-30') and contains(., 'Zwischennachweis')]"));
            assertTrue(interim.getText().contains("überfällig"), interim.getText());
            interim.findElement(By.xpath(".//button[contains(@id, 'startReport')]")).click();

            browser.waitFor(By.id("report:text"));
            String url = browser.driver().getCurrentUrl();
            String reportId = url.replaceAll(".*[?&]id=(\\d+).*", "$1");
            assertEquals(List.of(), browser.seriousAccessibilityProblems(), "report editor");
            browser.type("report:text", "Sachbericht 2023: Kick-Off und Kommunalprofil sind abgeschlossen.");
            browser.click("report:submit");
            browser.waitFor(By.cssSelector(".ui-confirmdialog-yes")).click();
            browser.waitForText(By.id("report:status"), "eingereicht");
            assertTrue(browser.driver().getPageSource().contains("(verspätet)"), "late stays visible");

            browser.click("nav:logout");
            browser.waitFor(By.id("login:username"));
            browser.logIn("auditor", TestAccounts.passwordOf("auditor"));
            browser.waitForText(By.id("reviewQueue"), "Berichte, die auf Prüfung warten");
            browser.open("/app/funding/review.xhtml?id=" + reportId);
            browser.waitFor(By.id("review:return"));
            assertEquals(List.of(), browser.seriousAccessibilityProblems(), "review screen");
            browser.type("review:rows:0:text", FINDING);
            browser.click("review:return");
            browser.waitFor(By.cssSelector(".ui-confirmdialog-yes")).click();
            browser.waitForText(By.id("review:status"), "zurückgegeben");

            browser.click("nav:logout");
            browser.waitFor(By.id("login:username"));
            browser.logIn("lead", TestAccounts.passwordOf("lead"));
            browser.open("/app/funding/report.xhtml?id=" + reportId);
            browser.waitForText(By.id("report:returned"), FINDING);
            assertTrue(browser.driver().findElement(By.id("report:text")).isDisplayed(),
                    "a returned report can be revised");
        }
        HttpResponse<String> versions = Api.as("lead").get("/api/v1/reports/" + projectReport(projectId) + "/versions");
        assertEquals(200, versions.statusCode());
    }

    private static long approvedProject(String reference) {
        Api office = Api.as("office");
        HttpResponse<String> member = office.send("POST", "/it-support/funding/grantee?name="
                + URLEncoder.encode("Browserpartner " + reference, StandardCharsets.UTF_8), null, null, Map.of());
        assertEquals(200, member.statusCode(), member.body());
        HttpResponse<String> programme = office.post("/api/v1/programs", Json.createObjectBuilder()
                .add("name", "Programm " + reference).add("funder", "BMWSB/BBSR").add("legalBasis", "ANBEST_P")
                .build().toString());
        assertEquals(201, programme.statusCode(), programme.body());
        HttpResponse<String> project = office.post("/api/v1/projects", Json.createObjectBuilder()
                .add("programId", Api.json(programme).getJsonNumber("id"))
                .add("memberId", Long.parseLong(member.body().trim())).add("title", "Leerstand beleben " + reference)
                .add("fundingReference", reference).add("periodStart", "2023-07-01").add("approvedAmount", 150000)
                .add("ownShare", 15000).add("leadUsername", "lead").build().toString());
        assertEquals(201, project.statusCode(), project.body());
        long id = Api.json(project).getJsonNumber("id").longValue();
        HttpResponse<String> approved = office.post("/api/v1/projects/" + id + "/transitions", "{\"action\":\"APPROVE\"}");
        assertEquals(200, approved.statusCode(), approved.body());
        return id;
    }

    private static long projectReport(long projectId) {
        JsonObject report = Api.parse(Api.as("lead").get("/api/v1/projects/" + projectId + "/reports").body())
                .asJsonArray().getJsonObject(0);
        assertEquals("RETURNED", report.getString("status"));
        return report.getJsonNumber("id").longValue();
    }
}
