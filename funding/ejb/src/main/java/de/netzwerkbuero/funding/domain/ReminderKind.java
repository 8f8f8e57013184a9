package de.netzwerkbuero.funding.domain;

/** Which reminder of a deadline: the early one (14 days) or the last one (3 days) by default. */
public enum ReminderKind {
    FIRST, LAST;

    /**
     * The reminder due {@code daysLeft} days before the due date, or {@code null}. Only the latest window
     * counts, so after downtime a missed early reminder is not sent once the last one is due.
     */
    public static ReminderKind dueFor(long daysLeft, int firstDays, int lastDays) {
        if (daysLeft < 0) {
            return null;
        }
        if (daysLeft <= lastDays) {
            return LAST;
        }
        return daysLeft <= firstDays ? FIRST : null;
    }
}
