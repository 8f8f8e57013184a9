package de.netzwerkbuero.funding.api;

import jakarta.ejb.Local;

/**
 * Reminder mails, run every morning by a persistent timer and callable by the office or tests (move the
 * business clock to test a date). Each reminder is sent once per deadline, kind and due date, also after
 * downtime; nothing goes out for deadlines that were met, cancelled projects or former leads.
 */
@Local
public interface Reminders {

    /** Sends what is due today: 14- and 3-day reminders to leads, the overdue digest to the office. */
    ReminderRun sendDue();
}
