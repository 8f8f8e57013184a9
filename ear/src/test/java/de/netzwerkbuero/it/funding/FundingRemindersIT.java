package de.netzwerkbuero.it.funding;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import de.netzwerkbuero.it.support.Api;
import de.netzwerkbuero.it.support.Deployments;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Reminder mails through a real SMTP server (GreenMail on localhost:2525, where the test server sends), with
 * the business clock moved: 14 and 3 days before a due date to the lead, once; nothing for a submitted
 * report, a cancelled project or a former lead; the overdue digest to the office. Each scenario uses its own
 * years, so that the scenarios do not see each other's deadlines, and a control project where it proves an
 * absence.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class FundingRemindersIT {

    // The outbox delivers 50 mails per 2-second tick, and earlier tests leave a backlog (digests go to every
    // office account they created): allow a minute; a mail that arrives earlier ends the wait at once.
    private static final long MAIL_WAIT_MS = 60_000;
    private static GreenMail smtp;

    /** A delivered mail, one per recipient. */
    record Mail(String to, String subject, String body) {
    }

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.withTests(FundingTestSupport.class);
    }

    @BeforeAll
    static void startSmtp() {
        smtp = new GreenMail(new ServerSetup(2525, "127.0.0.1", "smtp"));
        smtp.start();
    }

    @AfterAll
    static void stopSmtp() {
        smtp.stop();
    }

    @BeforeEach
    void accounts() {
        Api.ensureTestAccounts();
    }

    @Test
    void theLeadIsReminded14And3DaysBeforeTheDueDateAndEachOnlyOnce() {
        String ref = reference(FundingClient.approvedProject("ANBEST_P", LocalDate.of(2031, 1, 1), "lead"));
        // interim proof for 2031: due 2032-04-30

        runReminders("2032-04-15");
        runReminders("2032-04-16");
        List<Mail> first = awaitMails(m -> m.subject().contains(ref), 1);
        assertEquals(1, first.size(), first.toString());
        assertEquals("lead@example.org", first.get(0).to());
        assertTrue(first.get(0).subject().contains("2032-04-30"), first.get(0).subject());
        assertTrue(first.get(0).body().contains("14"), first.get(0).body());

        runReminders("2032-04-16");
        runReminders("2032-04-20");
        runReminders("2032-04-27");
        List<Mail> both = awaitMails(m -> m.subject().contains(ref), 2);
        assertEquals(2, both.size(), "one mail 14 days before, one 3 days before, nothing in between: " + both);
        assertTrue(both.stream().allMatch(m -> m.to().equals("lead@example.org")), both.toString());
        assertTrue(both.get(1).body().contains("3 Tag"), both.get(1).body());
    }

    @Test
    void noReminderForASubmittedReport() {
        JsonObject submittedProject = FundingClient.approvedProject("ANBEST_P", LocalDate.of(2033, 1, 1), "lead");
        String control = reference(FundingClient.approvedProject("ANBEST_P", LocalDate.of(2033, 1, 1), "lead"));
        Api lead = Api.as("lead");
        HttpResponse<String> draft = lead.post("/api/v1/projects/" + submittedProject.getJsonNumber("id")
                + "/reports", "{\"kind\":\"INTERIM_PROOF\",\"fiscalYear\":2033,\"text\":\"Zwischennachweis 2033\"}");
        FundingClient.require(draft, 201);
        FundingClient.require(lead.post("/api/v1/reports/" + Api.json(draft).getJsonNumber("id") + "/submit", ""), 200);

        runReminders("2034-04-16");
        awaitMails(m -> m.subject().contains(control), 1);
        assertEquals(List.of(), mails(m -> m.subject().contains(reference(submittedProject))));
    }

    @Test
    void noReminderForACancelledProject() {
        JsonObject cancelled = FundingClient.approvedProject("ANBEST_GK", LocalDate.of(2035, 1, 1), "lead");
        String control = reference(FundingClient.approvedProject("ANBEST_GK", LocalDate.of(2035, 1, 1), "lead"));
        FundingClient.require(Api.as("office").post("/api/v1/projects/" + cancelled.getJsonNumber("id")
                + "/transitions", "{\"action\":\"CANCEL\"}"), 200);

        runReminders("2036-04-27");
        awaitMails(m -> m.subject().contains(control), 1);
        assertEquals(List.of(), mails(m -> m.subject().contains(reference(cancelled))));
    }

    @Test
    void afterALeadChangeOnlyTheNewLeadIsReminded() {
        JsonObject project = FundingClient.approvedProject("ANBEST_P", LocalDate.of(2037, 1, 1), "lead");
        String ref = reference(project);
        String body = Json.createObjectBuilder(project).add("leadUsername", "lead2").build().toString();
        HttpResponse<String> changed = Api.as("office").put("/api/v1/projects/" + project.getJsonNumber("id"), body,
                Map.of("If-Match", "\"" + project.getJsonNumber("version") + "\""));
        FundingClient.require(changed, 200);

        runReminders("2038-04-16");
        List<Mail> sent = awaitMails(m -> m.subject().contains(ref), 1);
        assertEquals(1, sent.size(), sent.toString());
        assertEquals("lead2@example.org", sent.get(0).to(), "the former lead gets nothing");
    }

    @Test
    void theOfficeGetsADailyDigestOfOverdueItems() {
        String ref = reference(FundingClient.approvedProject("ANBEST_P", LocalDate.of(2039, 1, 1), "lead"));
        // interim proof for 2039 due 2040-04-30, overdue from 2040-05-01

        String run = runReminders("2040-05-02");
        assertTrue(Integer.parseInt(run.split(",")[1]) >= 1, "overdue items in the digest: " + run);
        List<Mail> digest = awaitMails(m -> m.to().equals("office@example.org") && m.body().contains(ref), 1);
        assertEquals(1, digest.size(), digest.toString());
        assertTrue(digest.get(0).subject().contains("2040-05-02"), digest.get(0).subject());

        runReminders("2040-05-02");
        assertEquals(1, mails(m -> m.to().equals("office@example.org") && m.subject().contains("2040-05-02")).size(),
                "one digest per day");
        // Every account with the office role gets it (other tests create more of them); nobody else does.
        assertEquals(List.of(), mails(m -> java.util.Set.of("lead@example.org", "lead2@example.org",
                "auditor@example.org", "admin@netzwerkbuero.invalid").contains(m.to()) && m.body().contains(ref)
                && m.subject().contains("2040-05-02")), "the digest goes to the office only");
    }

    private static String reference(JsonObject project) {
        return project.getString("fundingReference");
    }

    /** Runs the daily reminders as the office with the business clock on that day. */
    private static String runReminders(String day) {
        HttpResponse<String> r = Api.as("office").send("POST", FundingTestSupport.REMINDERS + "?on=" + day, null, null,
                Map.of());
        FundingClient.require(r, 200);
        return r.body().trim();
    }

    /** Waits (mail leaves through an outbox timer) until at least {@code count} mails match, at most 20 s. */
    private static List<Mail> awaitMails(Predicate<Mail> filter, int count) {
        long until = System.currentTimeMillis() + MAIL_WAIT_MS;
        List<Mail> found = mails(filter);
        while (found.size() < count && System.currentTimeMillis() < until) {
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            found = mails(filter);
        }
        return found;
    }

    private static List<Mail> mails(Predicate<Mail> filter) {
        List<Mail> all = new ArrayList<>();
        for (MimeMessage message : smtp.getReceivedMessages()) {
            try {
                Address[] to = message.getRecipients(Message.RecipientType.TO);
                Object content = message.getContent();
                String body = content instanceof String text ? text : GreenMailUtil.getBody(message);
                for (Address address : to == null ? new Address[0] : to) {
                    all.add(new Mail(address.toString().replaceAll(".*<|>.*", ""), message.getSubject(), body));
                }
            } catch (MessagingException | java.io.IOException e) {
                throw new IllegalStateException(e);
            }
        }
        return all.stream().filter(filter).toList();
    }
}
