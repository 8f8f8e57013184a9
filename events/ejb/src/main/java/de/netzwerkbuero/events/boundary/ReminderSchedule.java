package de.netzwerkbuero.events.boundary;

import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;

import java.util.logging.Logger;

/**
 * The daily reminder run, on a persistent timer: it survives restarts, fires once in a cluster, and a run
 * missed while the server was down is made up when it comes back.
 */
@Singleton
// A persistent timer that was missed fires at deployment: only after the schema is migrated.
@DependsOn("EventsSchema")
public class ReminderSchedule {

    private static final Logger LOG = Logger.getLogger(ReminderSchedule.class.getName());

    @Inject
    private ReminderRun run;

    @Schedule(hour = "7", minute = "30", timezone = "Europe/Berlin", persistent = true, info = "events: reminders")
    void remind() {
        int sent = run.sendDue();
        LOG.info(() -> "Event reminders sent: " + sent);
    }
}
