package de.netzwerkbuero.platform.boundary;

import de.netzwerkbuero.platform.api.privacy.PersonErasure;
import de.netzwerkbuero.platform.api.privacy.PersonExport;
import jakarta.annotation.Priority;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import java.util.logging.Level;
import java.util.logging.Logger;

/** Takes part in DSGVO requests last, when the other modules have named the person's records. */
@ApplicationScoped
public class PlatformPrivacyObserver {

    private static final Logger LOG = Logger.getLogger(PlatformPrivacyObserver.class.getName());

    @EJB
    private PlatformPersonalData data;

    void export(@Observes @Priority(PersonErasure.PLATFORM) PersonExport request) {
        try {
            request.succeeded(PlatformPersonalData.MODULE, data.export(request));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "DSGVO export: the platform's part failed", e);
            request.failed(PlatformPersonalData.MODULE, e);
        }
    }

    void erase(@Observes @Priority(PersonErasure.PLATFORM) PersonErasure request) {
        try {
            request.succeeded(PlatformPersonalData.MODULE, data.erase(request.erasureId(), request.emails()));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "DSGVO erasure " + request.erasureId() + ": the platform's part failed", e);
            request.failed(PlatformPersonalData.MODULE, e);
        }
    }
}
