package de.netzwerkbuero.membership.boundary;

import de.netzwerkbuero.platform.api.privacy.PersonErasure;
import de.netzwerkbuero.platform.api.privacy.PersonExport;
import jakarta.annotation.Priority;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import java.util.logging.Level;
import java.util.logging.Logger;

/** Takes part in DSGVO requests first: it knows which contacts belong to the person. */
@ApplicationScoped
public class MembershipPrivacyObserver {

    private static final Logger LOG = Logger.getLogger(MembershipPrivacyObserver.class.getName());

    @EJB
    private MembershipPersonalData data;

    void export(@Observes @Priority(PersonErasure.MEMBERSHIP) PersonExport request) {
        try {
            request.succeeded(MembershipPersonalData.MODULE, data.export(request));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "DSGVO export: membership's part failed", e);
            request.failed(MembershipPersonalData.MODULE, e);
        }
    }

    void erase(@Observes @Priority(PersonErasure.MEMBERSHIP) PersonErasure request) {
        try {
            request.succeeded(MembershipPersonalData.MODULE, data.erase(request));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "DSGVO erasure " + request.erasureId() + ": membership's part failed", e);
            request.failed(MembershipPersonalData.MODULE, e);
        }
    }
}
