package de.netzwerkbuero.events.infrastructure.mail;

import de.netzwerkbuero.events.domain.Event;
import de.netzwerkbuero.events.domain.Registration;
import de.netzwerkbuero.events.infrastructure.EventDates;
import de.netzwerkbuero.events.infrastructure.PublicLinks;
import de.netzwerkbuero.events.infrastructure.calendar.EventCalendarEntries;
import de.netzwerkbuero.events.infrastructure.calendar.IcsWriter;
import de.netzwerkbuero.membership.api.ProspectSummary;
import de.netzwerkbuero.platform.api.clock.BusinessClock;
import de.netzwerkbuero.platform.api.mail.Mail;
import de.netzwerkbuero.platform.api.mail.Mailer;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Tells registrants what happened to their place, and prospects about events open to them. Every mail goes
 * to the outbox in the caller's transaction, so a change that rolls back sends nothing.
 */
@ApplicationScoped
public class RegistrationMails {

    private static final String ICS_TYPE = "text/calendar; charset=UTF-8; method=PUBLISH";
    private static final String SIGNATURE = "\n\nMit freundlichen Grüßen\nIhr Netzwerkbüro";

    @EJB
    private Mailer mailer;

    @EJB
    private BusinessClock clock;

    public void confirmed(Event event, Registration registration) {
        send(registration, "Anmeldung bestätigt: " + event.getTitle(),
                greeting(registration) + "Ihre Anmeldung ist bestätigt. Wir freuen uns auf Sie!\n\n"
                        + details(event) + cancelHint(registration), true, event);
    }

    public void waitlisted(Event event, Registration registration, int position) {
        send(registration, "Warteliste: " + event.getTitle(),
                greeting(registration) + "die Veranstaltung ist ausgebucht. Sie stehen auf Platz " + position
                        + " der Warteliste. Wird ein Platz frei, rücken Sie automatisch nach und erhalten eine"
                        + " Bestätigung.\n\n" + details(event) + cancelHint(registration), false, event);
    }

    public void promoted(Event event, Registration registration) {
        send(registration, "Platz frei geworden: " + event.getTitle(),
                greeting(registration) + "ein Platz ist frei geworden: Sie sind von der Warteliste nachgerückt,"
                        + " Ihre Anmeldung ist jetzt bestätigt.\n\n" + details(event) + cancelHint(registration),
                true, event);
    }

    public void cancelled(Event event, Registration registration) {
        send(registration, "Abmeldung: " + event.getTitle(),
                greeting(registration) + "Ihre Anmeldung zu „" + event.getTitle() + "“ am "
                        + EventDates.describe(event.getStartsAt(), event.getEndsAt()) + " ist storniert.", false,
                event);
    }

    public void eventCancelled(Event event, Registration registration) {
        String reason = event.getCancelReason() == null || event.getCancelReason().isBlank()
                ? "" : "\n\nGrund: " + event.getCancelReason();
        send(registration, "Abgesagt: " + event.getTitle(),
                greeting(registration) + "leider müssen wir die Veranstaltung „" + event.getTitle() + "“ am "
                        + EventDates.describe(event.getStartsAt(), event.getEndsAt()) + " absagen. Ihre Anmeldung"
                        + " ist damit hinfällig." + reason, true, event);
    }

    public void eventChanged(Event event, Registration registration) {
        send(registration, "Geänderte Angaben: " + event.getTitle(),
                greeting(registration) + "Zeit oder Ort der Veranstaltung haben sich geändert. Die neuen Angaben:"
                        + "\n\n" + details(event) + cancelHint(registration), registration.getStatus().holdsPlace(),
                event);
    }

    public void reminder(Event event, Registration registration) {
        send(registration, "Erinnerung: " + event.getTitle(),
                greeting(registration) + "wir erinnern Sie an Ihre Anmeldung:\n\n" + details(event)
                        + "\n\nSie können nicht teilnehmen? Bitte geben Sie Ihren Platz frei, damit jemand von der"
                        + " Warteliste nachrücken kann:\n" + PublicLinks.cancelLink(registration.getCancelToken()),
                true, event);
    }

    public void invite(Event event, ProspectSummary prospect) {
        mailer.enqueue(Mail.of(prospect.email(), "Neue Veranstaltung: " + event.getTitle(),
                "Guten Tag " + prospect.contactName() + ",\n\nSie haben uns gebeten, Sie über Veranstaltungen des"
                        + " Netzwerks zu informieren. Neu ausgeschrieben:\n\n" + details(event)
                        + "\n\nAnmeldung: " + PublicLinks.baseUrl() + "/events/" + event.getId() + SIGNATURE));
    }

    private void send(Registration registration, String subject, String text, boolean withCalendar, Event event) {
        if (registration.getEmail() == null) {
            return; // erased (DSGVO): nobody to tell
        }
        List<Mail.Attachment> attachments = withCalendar ? List.of(calendarFile(event)) : List.of();
        mailer.enqueue(new Mail(registration.getEmail(), subject, text + SIGNATURE, attachments));
    }

    private Mail.Attachment calendarFile(Event event) {
        String ics = IcsWriter.write(List.of(EventCalendarEntries.of(event)), null, clock.now());
        return new Mail.Attachment("veranstaltung-" + event.getId() + ".ics", ICS_TYPE,
                ics.getBytes(StandardCharsets.UTF_8));
    }

    private static String greeting(Registration registration) {
        return "Guten Tag " + registration.getFirstName() + " " + registration.getLastName() + ",\n\n";
    }

    private static String details(Event event) {
        StringBuilder text = new StringBuilder("„").append(event.getTitle()).append("“\n")
                .append(EventDates.describe(event.getStartsAt(), event.getEndsAt()));
        if (event.getVenue() != null && !event.getVenue().isBlank()) {
            text.append("\nOrt: ").append(event.getVenue());
        }
        if (event.getOnlineUrl() != null) {
            text.append("\nOnline: ").append(event.getOnlineUrl());
        }
        return text.toString();
    }

    private static String cancelHint(Registration registration) {
        return "\n\nFalls Sie nicht teilnehmen können, melden Sie sich bitte über diesen persönlichen Link ab:\n"
                + PublicLinks.cancelLink(registration.getCancelToken());
    }
}
