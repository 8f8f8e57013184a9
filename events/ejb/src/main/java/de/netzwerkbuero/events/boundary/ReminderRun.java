package de.netzwerkbuero.events.boundary;

import de.netzwerkbuero.events.domain.Event;
import de.netzwerkbuero.events.domain.Registration;
import de.netzwerkbuero.events.infrastructure.mail.RegistrationMails;
import de.netzwerkbuero.events.infrastructure.persistence.EventRepository;
import de.netzwerkbuero.events.infrastructure.persistence.RegistrationRepository;
import de.netzwerkbuero.platform.api.audit.AuditRecord;
import de.netzwerkbuero.platform.api.audit.AuditTrail;
import de.netzwerkbuero.platform.api.clock.BusinessClock;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Sends the reminders due now: to every confirmed person of an event starting before the end of tomorrow
 * (office time) who was not reminded yet. The mark is written with the mail in one transaction, so nobody is
 * reminded twice, and a run after downtime still reminds those whose event has not begun. People confirmed
 * in the last day are skipped: their confirmation mail is fresh.
 */
@ApplicationScoped
public class ReminderRun {

    static final int BATCH = 5000;

    @Inject
    private RegistrationRepository registrations;

    @Inject
    private EventRepository events;

    @Inject
    private RegistrationMails mails;

    @EJB
    private AuditTrail audit;

    @EJB
    private BusinessClock clock;

    public int sendDue() {
        OffsetDateTime now = clock.nowInOffice();
        OffsetDateTime until = clock.today().plusDays(2).atStartOfDay(BusinessClock.OFFICE_ZONE).toOffsetDateTime();
        Map<Long, Integer> sentPerEvent = new LinkedHashMap<>();
        List<Registration> due = registrations.dueForReminder(now, until, now.minusDays(1), BATCH);
        for (Registration registration : due) {
            Event event = events.find(registration.getEventId()).orElseThrow();
            if (registration.needsReminder()) {
                mails.reminder(event, registration);
                registration.markReminded(now);
                sentPerEvent.merge(event.getId(), 1, Integer::sum);
            }
        }
        sentPerEvent.forEach((eventId, count) -> audit.record(
                AuditRecord.of("event.remindersSent", EventAccess.EVENT, eventId).set("reminders", count)));
        return sentPerEvent.values().stream().mapToInt(Integer::intValue).sum();
    }
}
