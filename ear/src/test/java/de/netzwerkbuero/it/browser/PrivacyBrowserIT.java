package de.netzwerkbuero.it.browser;

import de.netzwerkbuero.it.support.Api;
import de.netzwerkbuero.it.support.Browser;
import de.netzwerkbuero.it.support.Deployments;
import de.netzwerkbuero.it.support.TestAccounts;
import jakarta.json.Json;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

import java.net.http.HttpResponse;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The office's "Datenschutz" page: an address is looked up in every area, shown, and erased after the
 * confirmation; the page passes axe-core without serious findings.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PrivacyBrowserIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @Test
    void theOfficeLooksUpAndErasesAGuest() {
        Api.ensureTestAccounts();
        String u = UUID.randomUUID().toString().substring(0, 8);
        String title = "Seminar Datenschutz " + u;
        String email = "browser.gast." + u + "@example.org";
        Api office = Api.as("office");
        ZonedDateTime start = ZonedDateTime.now(ZoneId.of("Europe/Berlin")).plusDays(40).withHour(9)
                .truncatedTo(ChronoUnit.HOURS);
        HttpResponse<String> event = office.post("/api/v1/events", Json.createObjectBuilder()
                .add("type", "SEMINAR").add("format", "ONLINE").add("title", title)
                .add("startsAt", start.toOffsetDateTime().toString())
                .add("endsAt", start.plusHours(2).toOffsetDateTime().toString())
                .add("onlineUrl", "https://meet.example.org/datenschutz").add("capacity", 10).add("audience", "PUBLIC")
                .build().toString());
        assertEquals(201, event.statusCode(), event.body());
        long eventId = Api.json(event).getJsonNumber("id").longValue();
        assertEquals(200, office.post("/api/v1/events/" + eventId + "/publish", "").statusCode());
        assertEquals(201, office.post("/api/v1/events/" + eventId + "/registrations", Json.createObjectBuilder()
                .add("firstName", "Berta").add("lastName", "Browser" + u).add("email", email).build().toString())
                .statusCode());

        try (Browser browser = new Browser()) {
            browser.logIn("office", TestAccounts.passwordOf("office"));
            assertTrue(browser.driver().findElement(By.cssSelector(".ui-menubar")).getText().contains("Datenschutz"));
            browser.open("/app/privacy.xhtml");
            browser.type("privacy:email", email);
            browser.click("privacy:search");
            browser.waitForText(By.id("privacy:result"), title);
            String found = browser.driver().findElement(By.id("privacy:result")).getText();
            assertTrue(found.contains("Veranstaltungsanmeldung"), found);
            assertTrue(found.contains("Gespeichert zu " + email), "the heading names the address: " + found);
            assertTrue(found.contains("bestätigt") && !found.contains("CONFIRMED"), "statuses in words: " + found);
            assertFalse(found.matches("(?s).*\\d{4}-\\d{2}-\\d{2}.*"), "no ISO dates: " + found);
            assertEquals(List.of(), browser.seriousAccessibilityProblems(), "privacy page with findings");

            browser.click("privacy:erase");
            browser.waitFor(By.cssSelector(".ui-confirmdialog-yes")).click();
            browser.waitForText(By.id("growl_container"), "anonymisiert");
            browser.waitForText(By.id("privacy:result"), "nichts (mehr) gespeichert");
            assertTrue(browser.driver().findElements(By.id("privacy:erase")).isEmpty(), "nothing left to erase");
            assertFalse(browser.driver().findElement(By.id("privacy:result")).getText().contains(title));
        }
        assertTrue(office.get("/api/v1/events/" + eventId + "/registrations").body().contains("Gelöscht"));
    }
}
