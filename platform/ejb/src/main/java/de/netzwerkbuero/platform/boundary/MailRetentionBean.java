package de.netzwerkbuero.platform.boundary;

import de.netzwerkbuero.platform.api.Roles;
import de.netzwerkbuero.platform.api.mail.MailRetention;
import de.netzwerkbuero.platform.infrastructure.MailPurge;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

/** The mail retention on demand (administrators); the daily run is {@link MailPurgeTimer}. */
@Stateless
@RolesAllowed(Roles.ADMIN)
public class MailRetentionBean implements MailRetention {

    @Inject
    private MailPurge purge;

    @Override
    public int purgeExpired() {
        return purge.purge();
    }

    @Override
    public int retentionDays() {
        return MailPurge.retentionDays();
    }
}
