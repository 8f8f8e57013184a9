package de.netzwerkbuero.membership.boundary;

import de.netzwerkbuero.platform.api.privacy.PersonErasure;
import de.netzwerkbuero.platform.api.privacy.PersonExport;
import de.netzwerkbuero.platform.api.privacy.PersonRequest;
import jakarta.annotation.Priority;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/** Takes part in DSGVO requests first: it knows which contacts belong to the person. */
@ApplicationScoped
public class MembershipPrivacyObserver {

    @EJB
    private MembershipPersonalData data;

    void export(@Observes @Priority(PersonRequest.MEMBERSHIP) PersonExport request) {
        request.perform(MembershipPersonalData.MODULE, () -> data.export(request));
    }

    void erase(@Observes @Priority(PersonRequest.MEMBERSHIP) PersonErasure request) {
        request.perform(MembershipPersonalData.MODULE, () -> data.erase(request));
    }
}
