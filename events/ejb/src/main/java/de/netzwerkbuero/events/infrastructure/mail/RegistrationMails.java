package de.netzwerkbuero.events.infrastructure.mail;

import de.netzwerkbuero.events.domain.Event;
import de.netzwerkbuero.events.domain.Registration;
import de.netzwerkbuero.events.infrastructure.EventDates;
import de.netzwerkbuero.events.infrastructure.PublicLinks;
import de.netzwerkbuero.events.infrastructure.calendar.EventCalendarEntries;
import de.netzwerkbuero.events.infrastructure.calendar.IcsWriter;
import de.netzwerkbuero.events.infrastructure.persistence.RegistrationRepository;
import de.netzwerkbuero.membership.api.ProspectSummary;
import de.netzwerkbuero.platform.api.clock.BusinessClock;
import de.netzwerkbuero.platform.api.mail.Mail;
import de.netzwerkbuero.platform.api.mail.Mailer;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

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

    @Inject
    private RegistrationRepository registrations;

    public void confirmed(Event event, Registration registration) {
        send(registration, "Anmeldung bestätigt: " + event.getTitle(),
                greeting(registration) + "Ihre Anmeldung ist bestätigt. Wir freuen uns auf Sie!\n\n"
                        + details(event, true) + cancelHint(registration), true, event);
    }

    public void waitlisted(Event event, Registration registration, int position) {
        send(registration, "Warteliste: " + event.getTitle(),
                greeting(registration) + "die Veranstaltung ist ausgebucht. Sie stehen auf Platz " + position
                        + " der Warteliste. Wird ein Platz frei, rücken Sie automatisch nach und erhalten eine"
                        + " Bestätigung.\n\n" + details(event, false) + cancelHint(registration), false, event);
    }

    /**
     * Someone registered an address that already holds a registration for the event: the public answer is the
     * same as for a new registration, and only the address's owner learns, here, that nothing changed.
     */
    public void alreadyRegistered(Event event, Registration registration) {
        boolean holdsPlace = registration.getStatus().holdsPlace();
        String state = holdsPlace ? "Ihr Platz ist bestätigt."
                : "Sie stehen auf der Warteliste und rücken automatisch nach, sobald ein Platz frei wird.";
        send(registration, "Bereits angemeldet: " + event.getTitle(),
                greeting(registration) + "diese E-Mail-Adresse ist für die Veranstaltung bereits angemeldet; eine"
                        + " weitere Anmeldung ist nicht nötig. " + state + "\n\n" + details(event, holdsPlace)
                        + cancelHint(registration)
                        + "\n\nWenn Sie sich nicht erneut angemeldet haben, können Sie diese Nachricht ignorieren.",
                holdsPlace, event);
    }

    public void promoted(Event event, Registration registration) {
        send(registration, "Platz frei geworden: " + event.getTitle(),
                greeting(registration) + "ein Platz ist frei geworden: Sie sind von der Warteliste nachgerückt,"
                        + " Ihre Anmeldung ist jetzt bestätigt.\n\n" + details(event, true) + cancelHint(registration),
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
        sendCalendar(registration, "Abgesagt: " + event.getTitle(),
                greeting(registration) + "leider müssen wir die Veranstaltung „" + event.getTitle() + "“ am "
                        + EventDates.describe(event.getStartsAt(), event.getEndsAt()) + " absagen. Ihre Anmeldung"
                        + " ist damit hinfällig." + reason, calendarFile(event, false));
    }

    public void eventChanged(Event event, Registration registration) {
        boolean holdsPlace = registration.getStatus().holdsPlace();
        send(registration, "Geänderte Angaben: " + event.getTitle(),
                greeting(registration) + "Zeit oder Ort der Veranstaltung haben sich geändert. Die neuen Angaben:"
                        + "\n\n" + details(event, holdsPlace) + cancelHint(registration), holdsPlace, event);
    }

    public void reminder(Event event, Registration registration) {
        send(registration, "Erinnerung: " + event.getTitle(),
                greeting(registration) + "wir erinnern Sie an Ihre Anmeldung:\n\n" + details(event, true)
                        + "\n\nSie können nicht teilnehmen? Bitte geben Sie Ihren Platz frei, damit jemand von der"
                        + " Warteliste nachrücken kann:\n" + PublicLinks.cancelLink(newToken(registration)),
                true, event);
    }

    public void invite(Event event, ProspectSummary prospect) {
        mailer.enqueue(Mail.of(prospect.email(), "Neue Veranstaltung: " + event.getTitle(),
                "Guten Tag " + prospect.contactName() + ",\n\nSie haben uns gebeten, Sie über Veranstaltungen des"
                        + " Netzwerks zu informieren. Neu ausgeschrieben:\n\n" + details(event, false)
                        + "\n\nAnmeldung: " + PublicLinks.baseUrl() + "/events/" + event.getId() + SIGNATURE));
    }

    /**
     * Sends a mail to the registrant; {@code confirmedPlace} adds the calendar file with the online link, which
     * only people holding a place receive. An erased registration (DSGVO) has nobody to tell.
     */
    private void send(Registration registration, String subject, String text, boolean confirmedPlace, Event event) {
        if (registration.getEmail() == null) {
            return;
        }
        List<Mail.Attachment> attachments = confirmedPlace ? List.of(calendarFile(event, true)) : List.of();
        mailer.enqueue(new Mail(registration.getEmail(), subject, text + SIGNATURE, attachments));
    }

    private void sendCalendar(Registration registration, String subject, String text, Mail.Attachment calendar) {
        if (registration.getEmail() == null) {
            return;
        }
        mailer.enqueue(new Mail(registration.getEmail(), subject, text + SIGNATURE, List.of(calendar)));
    }

    private Mail.Attachment calendarFile(Event event, boolean withOnlineLink) {
        String ics = IcsWriter.write(List.of(EventCalendarEntries.of(event, withOnlineLink)), null, clock.now());
        return new Mail.Attachment("veranstaltung-" + event.getId() + ".ics", ICS_TYPE,
                ics.getBytes(StandardCharsets.UTF_8));
    }

    // An erased registration gets no mail, so no link is issued for it either.
    private String newToken(Registration registration) {
        return registration.getEmail() == null ? "" : registrations.issueCancelToken(registration, clock.nowInOffice());
    }

    private static String greeting(Registration registration) {
        return "Guten Tag " + registration.getFirstName() + " " + registration.getLastName() + ",\n\n";
    }

    /** The event in a few lines; the online link only for people who hold a place. */
    private static String details(Event event, boolean withOnlineLink) {
        StringBuilder text = new StringBuilder("„").append(event.getTitle()).append("“\n")
                .append(EventDates.describe(event.getStartsAt(), event.getEndsAt()));
        if (event.getVenue() != null && !event.getVenue().isBlank()) {
            text.append("\nOrt: ").append(event.getVenue());
        }
        if (event.getOnlineUrl() != null && withOnlineLink) {
            text.append("\nOnline: ").append(event.getOnlineUrl());
        } else if (event.getOnlineUrl() != null) {
            text.append("\nOnline: Den Zugangslink erhalten Sie mit der Bestätigung Ihres Platzes.");
        }
        return text.toString();
    }

    private String cancelHint(Registration registration) {
        return "\n\nFalls Sie nicht teilnehmen können, melden Sie sich bitte über diesen persönlichen Link ab:\n"
                + PublicLinks.cancelLink(newToken(registration));
    }
}
