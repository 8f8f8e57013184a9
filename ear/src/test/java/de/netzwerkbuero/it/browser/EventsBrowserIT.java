package de.netzwerkbuero.it.browser;

import de.netzwerkbuero.it.support.Api;
import de.netzwerkbuero.it.support.Browser;
import de.netzwerkbuero.it.support.Deployments;
import de.netzwerkbuero.it.support.TestAccounts;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The events flow in the browser: the office creates and publishes an event for today, a person registers on
 * the public event page, the office checks them in and downloads the PDF sign-in sheet. Every page visited
 * passes axe-core without serious findings.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class EventsBrowserIT {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final DateTimeFormatter INPUT = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @Test
    void theOfficePublishesAPersonRegistersAndIsCheckedIn() throws Exception {
        Api.ensureTestAccounts();
        LocalDateTime start = startLaterToday();
        String title = "Werkstatt im Browser " + UUID.randomUUID().toString().substring(0, 8);
        String email = "besucherin-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";

        try (Browser office = new Browser(); Browser visitor = new Browser()) {
            office.logIn("office", TestAccounts.passwordOf("office"));
            office.open("/app/events/index.xhtml");
            office.waitFor(By.id("list:events"));
            assertEquals(List.of(), office.seriousAccessibilityProblems(), "event list");

            office.click("filters:new");
            office.waitFor(By.id("editor:title"));
            assertEquals(List.of(), office.seriousAccessibilityProblems(), "event editor");
            office.type("editor:title", title);
            office.type("editor:venue", "Alte Schule, Hauptstraße 3");
            typeDate(office, "editor:startsAt_input", start.format(INPUT));
            typeDate(office, "editor:endsAt_input", start.plusHours(3).format(INPUT));
            office.choose("editor:audience", "PUBLIC");
            office.click("editor:save");
            office.waitFor(By.id("lifecycle:publish"));
            Matcher id = Pattern.compile("[?&]id=(\\d+)").matcher(office.driver().getCurrentUrl());
            assertTrue(id.find(), office.driver().getCurrentUrl());
            long eventId = Long.parseLong(id.group(1));

            office.click("lifecycle:publish");
            office.waitFor(By.cssSelector(".ui-confirmdialog-yes")).click();
            office.waitForText(By.id("lifecycle:status"), "Veröffentlicht");

            visitor.open("/events/" + eventId);
            visitor.waitFor(By.id("register:firstName"));
            assertTrue(visitor.driver().getPageSource().contains(title));
            assertEquals(List.of(), visitor.seriousAccessibilityProblems(), "public event page");
            visitor.type("register:firstName", "Bea");
            visitor.type("register:lastName", "Besucherin");
            visitor.type("register:email", email);
            visitor.click("register:submit");
            visitor.waitFor(By.id("register:received"));
            assertEquals(List.of(), visitor.seriousAccessibilityProblems(), "public event page after registering");

            office.open("/app/events/registrations.xhtml?id=" + eventId);
            office.waitForText(By.id("list:registrations"), "Besucherin");
            assertEquals(List.of(), office.seriousAccessibilityProblems(), "registrations");
            office.click("list:registrations:0:checkIn");
            office.waitForText(By.id("list:registrations"), "Teilgenommen");

            WebElement pdfLink = office.waitFor(By.id("exportPdf"));
            String href = pdfLink.getAttribute("href");
            Cookie session = office.driver().manage().getCookieNamed("NETZWERKSESSION");
            HttpResponse<byte[]> pdf = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(href))
                    .header("Cookie", session.getName() + "=" + session.getValue()).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertEquals(200, pdf.statusCode());
            assertEquals("application/pdf", pdf.headers().firstValue("Content-Type").orElse("").split(";")[0]);
            assertEquals("%PDF", new String(pdf.body(), 0, 4, java.nio.charset.StandardCharsets.US_ASCII));
            assertEquals(200, Api.as("office").get("/api/v1/events/" + eventId + "/sign-in-sheet.pdf").statusCode());
        }
    }

    private static void typeDate(Browser browser, String id, String value) {
        browser.setValue(id, value);
    }

    /**
     * Check-in is possible from the event's day on and publishing needs a start in the future: the event starts
     * in 20 minutes, today. Shortly before midnight the test waits for the new day.
     */
    private static LocalDateTime startLaterToday() throws InterruptedException {
        LocalDateTime now = LocalDateTime.now(BERLIN);
        if (!now.plusMinutes(20).toLocalDate().equals(now.toLocalDate())) {
            Thread.sleep(Duration.between(now, now.toLocalDate().plusDays(1).atStartOfDay().plusMinutes(1)).toMillis());
            now = LocalDateTime.now(BERLIN);
        }
        return now.plusMinutes(20).withSecond(0).withNano(0);
    }
}
