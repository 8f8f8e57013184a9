package de.netzwerkbuero.funding.api;

import java.io.Serializable;
import java.time.LocalDate;

/** What one reminder run did: lead reminders sent, overdue items in the office digest, digest recipients. */
public record ReminderRun(LocalDate on, int leadReminders, int overdueItems, int digestRecipients)
        implements Serializable {
}
