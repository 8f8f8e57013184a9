package de.netzwerkbuero.events.api;

import jakarta.ejb.Local;

/**
 * Reminder mails the day before an event, only to people holding a CONFIRMED place; each person is reminded
 * once, also when the daily timer catches up after downtime. Runs daily by itself; office and tests may run
 * it at once.
 */
@Local
public interface EventReminders {

    /** Sends the reminders now due; returns how many were sent. */
    int sendDueReminders();
}
