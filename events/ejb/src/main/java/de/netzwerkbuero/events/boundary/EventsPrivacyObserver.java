package de.netzwerkbuero.events.boundary;

import de.netzwerkbuero.platform.api.privacy.PersonErasure;
import de.netzwerkbuero.platform.api.privacy.PersonExport;
import de.netzwerkbuero.platform.api.privacy.PersonRequest;
import jakarta.annotation.Priority;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/** Takes part in DSGVO requests after membership, which has named the person's contacts by then. */
@ApplicationScoped
public class EventsPrivacyObserver {

    @EJB
    private EventsPersonalData data;

    void export(@Observes @Priority(PersonRequest.EVENTS) PersonExport request) {
        request.perform(EventsPersonalData.MODULE, () -> data.export(request));
    }

    void erase(@Observes @Priority(PersonRequest.EVENTS) PersonErasure request) {
        request.perform(EventsPersonalData.MODULE, () -> data.erase(request));
    }
}
