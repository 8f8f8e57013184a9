package de.netzwerkbuero.platform.boundary;

import de.netzwerkbuero.platform.infrastructure.MailPurge;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;

import java.util.logging.Logger;

/**
 * Deletes sent mail past the retention period every night at 03:40. Persistent: stored in the database, fires
 * once in a cluster, and a run missed while the server was down is made up at the next start.
 */
@Singleton
// A missed persistent timer fires at deployment: only after the schema is migrated.
@DependsOn("PlatformSchema")
@PermitAll
public class MailPurgeTimer {

    private static final Logger LOG = Logger.getLogger(MailPurgeTimer.class.getName());

    @Inject
    private MailPurge purge;

    @Schedule(hour = "3", minute = "40", persistent = true, info = "platform: purge sent mail")
    void purgeDaily() {
        int deleted = purge.purge();
        if (deleted > 0) {
            LOG.info(() -> "Deleted " + deleted + " mails past the retention period");
        }
    }
}
