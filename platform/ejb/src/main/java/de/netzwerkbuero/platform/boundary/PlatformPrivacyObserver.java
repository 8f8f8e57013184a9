package de.netzwerkbuero.platform.boundary;

import de.netzwerkbuero.platform.api.privacy.PersonErasure;
import de.netzwerkbuero.platform.api.privacy.PersonExport;
import de.netzwerkbuero.platform.api.privacy.PersonRequest;
import jakarta.annotation.Priority;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/** Takes part in DSGVO requests last, when the other modules have named the person's records. */
@ApplicationScoped
public class PlatformPrivacyObserver {

    @EJB
    private PlatformPersonalData data;

    void export(@Observes @Priority(PersonRequest.PLATFORM) PersonExport request) {
        request.perform(PlatformPersonalData.MODULE, () -> data.export(request));
    }

    void erase(@Observes @Priority(PersonRequest.PLATFORM) PersonErasure request) {
        request.perform(PlatformPersonalData.MODULE, () -> data.erase(request.erasureId(), request.emails()));
    }
}
