package de.netzwerkbuero.events.boundary;

import de.netzwerkbuero.events.api.RegistrationView;
import de.netzwerkbuero.events.domain.Registration;
import de.netzwerkbuero.events.infrastructure.persistence.RegistrationRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.List;
import java.util.Map;

/** Builds registration DTOs with their waiting-list position, inside the caller's transaction. */
@ApplicationScoped
public class RegistrationViews {

    @Inject
    private RegistrationRepository registrations;

    public RegistrationView of(Registration registration) {
        return views(registration.getEventId(), List.of(registration)).get(0);
    }

    /** Views of registrations of one event; positions are looked up once for all of them. */
    public List<RegistrationView> views(long eventId, List<Registration> page) {
        Map<Long, Integer> positions = page.stream().anyMatch(r -> r.getWaitlistNumber() != null)
                ? registrations.waitlistPositions(eventId) : Map.of();
        return page.stream().map(r -> view(r, positions.get(r.getId()))).toList();
    }

    private static RegistrationView view(Registration r, Integer position) {
        return new RegistrationView(r.getId(), r.getEventId(), r.getMemberId(), r.getFirstName(), r.getLastName(),
                r.getEmail(), r.getStatus(), position, r.getContactId(), OfficeTime.of(r.getCheckedInAt()),
                r.getOrganisation(), OfficeTime.of(r.getRegisteredAt()), r.getVersion());
    }
}
