package de.netzwerkbuero.it.events;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import de.netzwerkbuero.it.support.Api;
import de.netzwerkbuero.it.support.Deployments;
import de.netzwerkbuero.it.support.ReceivedMails;
import jakarta.json.JsonObject;
import jakarta.mail.BodyPart;
import jakarta.mail.internet.MimeMessage;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.http.HttpResponse;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The mails of the events module, received by a real SMTP server (GreenMail on 127.0.0.1:2525, where the test
 * server sends): a confirmation with an .ics file and a working personal cancel link; a cancelled event tells
 * everyone; reminders go to confirmed people only.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class EventsMailIT {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    // The outbox delivers 50 mails per 2-second tick, and earlier tests leave a backlog (digests go to every
    // office account they created): allow a minute; a mail that arrives earlier ends the wait at once.
    private static final Pattern CANCEL_LINK = Pattern.compile("https?://[^\\s]+/registrations/cancel\\?token=[^\\s]+");

    private static GreenMail smtp;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.withTests(EventsTestControl.class);
    }

    @BeforeAll
    static void startSmtp() {
        smtp = new GreenMail(new ServerSetup(2525, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
    }

    @AfterAll
    static void stopSmtp() {
        if (smtp != null) {
            smtp.stop();
        }
    }

    @BeforeEach
    void accounts() {
        Api.ensureTestAccounts();
    }

    @Test
    void theConfirmationCarriesACalendarFileAndAPersonalCancelLinkThatWorks() throws Exception {
        String title = "Werkstatt Mail " + EventsApiIT.unique();
        long eventId = publishedEvent(title, 10, startDay(21));
        JsonObject registration = register(eventId, "Clara", "Confirm");
        String email = registration.getString("email");

        MimeMessage mail = ReceivedMails.await(smtp, email, "Anmeldung bestätigt");
        assertTrue(mail.getSubject().contains(title), mail.getSubject());
        BodyPart ics = ReceivedMails.parts(mail).stream()
                .filter(part -> ReceivedMails.fileName(part).endsWith(".ics")).findFirst()
                .orElseThrow(() -> new AssertionError("an .ics attachment"));
        assertTrue(ics.getContentType().toLowerCase().startsWith("text/calendar"), ics.getContentType());
        String calendar = new String(ics.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertEquals(1, ICalendar.parse(calendar).size());

        Matcher link = CANCEL_LINK.matcher(ReceivedMails.text(mail));
        assertTrue(link.find(), "the mail has a personal cancel link: " + ReceivedMails.text(mail));
        String path = link.group().replaceFirst("^https?://[^/]+", "");
        HttpResponse<String> page = Api.anonymous().get(path);
        assertEquals(200, page.statusCode(), page.body());
        assertTrue(page.body().contains(title), "the cancel page names the event");
        assertEquals(404, Api.anonymous().get("/registrations/cancel?token=not-a-real-token-0000000000").statusCode());
    }

    @Test
    void cancellingAnEventTellsEveryoneRegistered() throws Exception {
        String title = "Absage Mail " + EventsApiIT.unique();
        long eventId = publishedEvent(title, 1, startDay(21));
        String confirmed = register(eventId, "Anna", "Angemeldet").getString("email");
        JsonObject waiting = register(eventId, "Walter", "Wartend");
        assertEquals("WAITLISTED", waiting.getString("status"));

        HttpResponse<String> cancelled = Api.as("office").post("/api/v1/events/" + eventId + "/cancel",
                "{\"reason\":\"Sturmwarnung\"}");
        assertEquals(200, cancelled.statusCode(), cancelled.body());

        MimeMessage toConfirmed = ReceivedMails.await(smtp, confirmed, "Abgesagt");
        MimeMessage toWaiting = ReceivedMails.await(smtp, waiting.getString("email"), "Abgesagt");
        assertTrue(ReceivedMails.text(toConfirmed).contains("Sturmwarnung"));
        assertTrue(toWaiting.getSubject().contains(title));
    }

    @Test
    void remindersGoOnlyToConfirmedPeople() throws Exception {
        ZonedDateTime start = startDay(3);
        String title = "Mailtest Vorabend " + EventsApiIT.unique();
        long eventId = publishedEvent(title, 1, start);
        String confirmed = register(eventId, "Rita", "Bestaetigt").getString("email");
        String waiting = register(eventId, "Willi", "Warteliste").getString("email");
        JsonObject cancelledOne = register(eventId, "Carl", "Storniert");
        assertEquals("WAITLISTED", cancelledOne.getString("status"));
        assertEquals(200, Api.as("office").send("DELETE", "/api/v1/registrations/"
                + cancelledOne.getJsonNumber("id").longValue(), null, null, Map.of()).statusCode());

        // The day before the event, and more than a day after the registrations (fresh ones are not reminded).
        ZonedDateTime dayBefore = start.minusDays(1).withHour(9);
        control("/clock?at=" + dayBefore.toInstant());
        try {
            control("/reminders");
        } finally {
            control("/clock/release");
        }

        MimeMessage reminder = ReceivedMails.await(smtp, confirmed, "Erinnerung");
        assertTrue(reminder.getSubject().contains(title));
        assertTrue(CANCEL_LINK.matcher(ReceivedMails.text(reminder)).find(), "the reminder offers the cancel link");
        Thread.sleep(4_000);
        assertTrue(ReceivedMails.to(smtp, waiting, "Erinnerung").isEmpty(), "no reminder for the waiting list");
        assertTrue(ReceivedMails.to(smtp, cancelledOne.getString("email"), "Erinnerung").isEmpty(), "no reminder after cancelling");
    }

    private static long publishedEvent(String title, int capacity, ZonedDateTime start) {
        Api office = Api.as("office");
        String body = EventsApiIT.event(title, capacity, "PUBLIC")
                .add("startsAt", start.toOffsetDateTime().toString())
                .add("endsAt", start.withHour(16).withMinute(30).toOffsetDateTime().toString())
                .build().toString();
        HttpResponse<String> created = office.post("/api/v1/events", body);
        assertEquals(201, created.statusCode(), created.body());
        long id = Api.json(created).getJsonNumber("id").longValue();
        HttpResponse<String> published = office.post("/api/v1/events/" + id + "/publish", "");
        assertEquals(200, published.statusCode(), published.body());
        return id;
    }

    private static JsonObject register(long eventId, String firstName, String lastName) {
        HttpResponse<String> response = Api.as("office").post("/api/v1/events/" + eventId + "/registrations",
                EventsApiIT.person(firstName, lastName).build().toString());
        assertEquals(201, response.statusCode(), response.body());
        return Api.json(response);
    }

    private static void control(String path) {
        HttpResponse<String> response = Api.anonymous().post("/it/events" + path, "");
        assertEquals(200, response.statusCode(), path + ": " + response.body());
    }

    private static ZonedDateTime startDay(int daysAhead) {
        return ZonedDateTime.now(BERLIN).plusDays(daysAhead).withHour(11).withMinute(0).withSecond(0).withNano(0);
    }

}
