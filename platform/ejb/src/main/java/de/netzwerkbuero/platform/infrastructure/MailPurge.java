package de.netzwerkbuero.platform.infrastructure;

import de.netzwerkbuero.platform.api.audit.AuditRecord;
import de.netzwerkbuero.platform.api.audit.AuditTrail;
import de.netzwerkbuero.platform.api.clock.BusinessClock;
import de.netzwerkbuero.platform.api.mail.MailRetention;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

/**
 * Deletes sent (and given-up) mail older than the retention period, counted back from the business clock, in
 * the caller's transaction. The period is {@code -Dnetzwerk.mail.retention-days} (default 90, at least 1).
 */
@Dependent
public class MailPurge {

    static final String DAYS_PROPERTY = "netzwerk.mail.retention-days";

    @Inject
    private OutboxMails outbox;

    @EJB
    private BusinessClock clock;

    @EJB
    private AuditTrail audit;

    public int purge() {
        int days = retentionDays();
        int deleted = outbox.deleteOlderThan(clock.nowInOffice().minusDays(days));
        if (deleted > 0) {
            audit.record(AuditRecord.of("MAIL_PURGED", "Outbox", null).set("mails", deleted)
                    .set("retentionDays", days));
        }
        return deleted;
    }

    public static int retentionDays() {
        String value = System.getProperty(DAYS_PROPERTY);
        if (value == null || value.isBlank()) {
            return MailRetention.DEFAULT_DAYS;
        }
        try {
            return Math.max(1, Integer.parseInt(value.trim()));
        } catch (NumberFormatException e) {
            return MailRetention.DEFAULT_DAYS;
        }
    }
}
