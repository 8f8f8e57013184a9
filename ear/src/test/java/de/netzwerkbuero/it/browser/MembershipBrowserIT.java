package de.netzwerkbuero.it.browser;

import de.netzwerkbuero.it.support.Api;
import de.netzwerkbuero.it.support.Browser;
import de.netzwerkbuero.it.support.Deployments;
import de.netzwerkbuero.it.support.TestAccounts;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The office finds a municipality in the register, creates it as a member and takes it through apply, review
 * (with pre-selection and meeting recorded in the application tab) and admit, then sees the history. The member
 * list and the public sign-up page pass axe-core without serious findings.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MembershipBrowserIT {

    private static final DateTimeFormatter GERMAN_DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @BeforeEach
    void registerLoaded() {
        Api.ensureTestAccounts();
        HttpResponse<String> imported = Api.as("office").post("/api/v1/register/import", "");
        assertEquals(200, imported.statusCode(), imported.body());
    }

    @Test
    void theOfficeCreatesAMunicipalityFromTheRegisterAndAdmitsIt() {
        long roundId = openAdmissionRound(LocalDate.now().plusDays(120));
        try (Browser browser = new Browser()) {
            browser.logIn("office", TestAccounts.passwordOf("office"));
            browser.waitForText(By.id("pipeline"), "Mitglieder nach Status");
            assertTrue(browser.driver().findElement(By.id("pipeline")).getText().contains("Aktiv"),
                    "the start page shows the membership pipeline");
            browser.open("/app/members/list.xhtml");
            browser.waitFor(By.id("list:members"));
            assertEquals(List.of(), browser.seriousAccessibilityProblems(), "member list");

            browser.click("list:new");
            browser.type("newForm:registerEntry_input", "Herzberg");
            WebElement suggestion = browser.waitFor(By.xpath(
                    "//li[contains(@class,'ui-autocomplete-item') and contains(normalize-space(.), 'Herzberg (Elster)')]"));
            suggestion.click();
            wait(browser).until(ExpectedConditions.attributeToBe(By.id("newForm:ags"), "value", "12062224"));
            assertEquals("Herzberg (Elster)", browser.driver().findElement(By.id("newForm:name")).getAttribute("value"));
            browser.waitForText(By.id("newForm:registerData"), "Brandenburg");
            browser.click("newForm:save");

            browser.waitFor(By.id("actions:do_apply"));
            browser.waitForText(By.id("header"), "Interessent");
            assertTrue(browser.driver().findElements(By.id("actions:do_admit")).isEmpty(),
                    "actions the workflow does not allow are not offered");

            runAction(browser, "apply", "Bewerbung einreichen");
            browser.waitForText(By.id("header"), "Beworben");

            openTab(browser, "applicationTab");
            browser.type("tabs:applicationForm:motivation", "Wir beleben den Westbahnhof und suchen Austausch.");
            browser.type("tabs:applicationForm:vacancyProjects", "Westbahnhof, Marxsche Villa");
            browser.click("tabs:applicationForm:save");
            browser.waitForText(By.id("growl_container"), "Bewerbung wurde gespeichert");

            runAction(browser, "review", "Prüfung beginnen");
            browser.waitForText(By.id("header"), "In Prüfung");

            LocalDate today = LocalDate.now();
            typeDate(browser, "tabs:applicationForm:preselectionOn_input", today.minusDays(2));
            browser.type("tabs:applicationForm:preselectionOutcome", "Von den Gründungsmitgliedern empfohlen");
            typeDate(browser, "tabs:applicationForm:meetingOn_input", today.minusDays(1));
            browser.type("tabs:applicationForm:meetingOutcome", "Gutes Kennenlerngespräch vor Ort");
            browser.click("tabs:applicationForm:save");
            browser.waitForText(By.id("growl_container"), "Bewerbung wurde gespeichert");

            browser.click("actions:do_admit");
            browser.waitForText(By.id("actionName"), "Aufnehmen");
            WebElement rounds = browser.waitFor(By.id("actionForm:admissionRoundId"));
            new Select(rounds).selectByValue(String.valueOf(roundId));
            browser.click("actionForm:run");
            browser.waitForText(By.id("header"), "Aufgenommen");

            openTab(browser, "historyTab");
            browser.waitForText(By.id("tabs:historyForm:history"), "Aufnehmen");
            String history = browser.driver().findElement(By.id("tabs:historyForm:history")).getText();
            for (String step : List.of("Angelegt", "Bewerbung einreichen", "Prüfung beginnen", "Aufnehmen", "office")) {
                assertTrue(history.contains(step), step + " in " + history);
            }
        }
    }

    @Test
    void thePublicSignUpPageIsAccessible() {
        try (Browser browser = new Browser()) {
            browser.open("/prospects/signup.xhtml");
            browser.waitFor(By.id("signup:organisation"));
            assertEquals(List.of(), browser.seriousAccessibilityProblems(), "sign-up page");
            browser.type("signup:organisation", "Gemeinde Musterau");
            browser.type("signup:contactName", "Mia Muster");
            browser.type("signup:email", "mia" + System.nanoTime() + "@example.org");
            browser.click("signup:submit");
            browser.waitForText(By.id("signup"), "ohne Ihre Einwilligung");
            browser.driver().findElement(By.cssSelector("label[for='signup:consent_input']")).click();
            browser.click("signup:submit");
            browser.waitFor(By.id("thanks"));
        }
    }

    private static long openAdmissionRound(LocalDate date) {
        HttpResponse<String> created = Api.as("office").post("/api/v1/admission-rounds", "{\"date\":\"" + date
                + "\",\"applicationDeadline\":\"" + date.minusDays(30) + "\",\"capacity\":10}");
        assertEquals(201, created.statusCode(), created.body());
        long id = Api.json(created).getJsonNumber("id").longValue();
        HttpResponse<String> opened = Api.as("office").post("/api/v1/admission-rounds/" + id + "/open", "");
        assertEquals(200, opened.statusCode(), opened.body());
        return id;
    }

    /** Opens the action's dialog, waits until it shows that action, and runs it without a remark. */
    private static void runAction(Browser browser, String action, String label) {
        browser.click("actions:do_" + action);
        browser.waitForText(By.id("actionName"), label);
        browser.waitFor(By.id("actionForm:reason"));
        browser.click("actionForm:run");
    }

    private static void openTab(Browser browser, String tabId) {
        browser.driver().findElement(By.cssSelector("a[href$='" + tabId + "']")).click();
    }

    private static void typeDate(Browser browser, String inputId, LocalDate date) {
        browser.setValue(inputId, date.format(GERMAN_DATE));
    }

    private static WebDriverWait wait(Browser browser) {
        return browser.patiently();
    }
}
