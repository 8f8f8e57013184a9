package de.netzwerkbuero.events.boundary;

import de.netzwerkbuero.platform.api.privacy.PersonErasure;
import de.netzwerkbuero.platform.api.privacy.PersonExport;
import jakarta.annotation.Priority;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import java.util.logging.Level;
import java.util.logging.Logger;

/** Takes part in DSGVO requests after membership, which has named the person's contacts by then. */
@ApplicationScoped
public class EventsPrivacyObserver {

    private static final Logger LOG = Logger.getLogger(EventsPrivacyObserver.class.getName());

    @EJB
    private EventsPersonalData data;

    void export(@Observes @Priority(PersonErasure.EVENTS) PersonExport request) {
        try {
            request.succeeded(EventsPersonalData.MODULE, data.export(request));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "DSGVO export: the events module's part failed", e);
            request.failed(EventsPersonalData.MODULE, e);
        }
    }

    void erase(@Observes @Priority(PersonErasure.EVENTS) PersonErasure request) {
        try {
            request.succeeded(EventsPersonalData.MODULE, data.erase(request));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "DSGVO erasure " + request.erasureId() + ": the events module's part failed", e);
            request.failed(EventsPersonalData.MODULE, e);
        }
    }
}
