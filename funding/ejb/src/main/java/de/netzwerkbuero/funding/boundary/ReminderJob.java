package de.netzwerkbuero.funding.boundary;

import de.netzwerkbuero.funding.api.ReminderRun;
import de.netzwerkbuero.platform.api.clock.BusinessClock;
import jakarta.ejb.EJB;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;

import java.util.logging.Logger;

/**
 * Every morning at six (office time): the calendar's status changes, then reminders and the overdue digest.
 * A persistent timer, so it fires once in a cluster and catches up after downtime; the sent-reminder
 * records make a catch-up harmless.
 */
@Singleton
// A persistent timer that was missed fires at deployment: only after the schema is migrated.
@DependsOn("FundingSchema")
public class ReminderJob {

    private static final Logger LOG = Logger.getLogger(ReminderJob.class.getName());

    @Inject
    private ProjectCalendar calendar;
    @Inject
    private ReminderSender sender;
    @EJB
    private BusinessClock clock;

    @Schedule(hour = "6", minute = "0", persistent = true, timezone = "Europe/Berlin", info = "funding-reminders")
    void daily() {
        int changed = calendar.advance(clock.today());
        ReminderRun run = sender.sendDue(clock.today());
        LOG.info(() -> "Funding reminders " + run + ", " + changed + " project status change(s)");
    }
}
