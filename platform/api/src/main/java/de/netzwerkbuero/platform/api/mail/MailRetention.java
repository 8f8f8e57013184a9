package de.netzwerkbuero.platform.api.mail;

import jakarta.ejb.Local;

/**
 * Sent mail is kept only for a while (DSGVO data minimisation): a daily persistent timer deletes mail sent, or
 * given up, more than {@code -Dnetzwerk.mail.retention-days} days ago (default 90) by the business clock.
 */
@Local
public interface MailRetention {

    int DEFAULT_DAYS = 90;

    /** Deletes what is past the retention period now; returns how many mails were deleted. */
    int purgeExpired();

    /** The retention period in days. */
    int retentionDays();
}
