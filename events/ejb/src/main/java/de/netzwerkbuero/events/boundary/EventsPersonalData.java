package de.netzwerkbuero.events.boundary;

import de.netzwerkbuero.events.domain.Event;
import de.netzwerkbuero.events.domain.Registration;
import de.netzwerkbuero.events.infrastructure.persistence.EventRepository;
import de.netzwerkbuero.events.infrastructure.persistence.RegistrationRepository;
import de.netzwerkbuero.platform.api.Roles;
import de.netzwerkbuero.platform.api.audit.AuditRecord;
import de.netzwerkbuero.platform.api.audit.AuditTrail;
import de.netzwerkbuero.platform.api.clock.BusinessClock;
import de.netzwerkbuero.platform.api.privacy.PersonErasure;
import de.netzwerkbuero.platform.api.privacy.PersonExport;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/**
 * The events module's part of the DSGVO requests: a person's registrations, as a guest (by address) or as a
 * member's contact (by contact id). Erasure anonymises them in place and keeps status and attendance, so event
 * counts and funding proofs stay right. Each call is a transaction of its own.
 */
@Stateless
@LocalBean
@RolesAllowed(Roles.OFFICE)
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class EventsPersonalData {

    static final String MODULE = "events";

    @Inject
    private RegistrationRepository registrations;

    @Inject
    private EventRepository events;

    @EJB
    private AuditTrail audit;

    @EJB
    private BusinessClock clock;

    public Map<String, Integer> export(PersonExport request) {
        List<Registration> found = registrations.ofPerson(request.email(), request.contactIds());
        JsonArrayBuilder section = Json.createArrayBuilder();
        for (Registration r : found) {
            request.addEmail(r.getEmail());
            section.add(registration(r, events.find(r.getEventId()).orElse(null)));
            request.subject(RegistrationDesk.REGISTRATION, r.getId());
        }
        request.add("registrations", section.build());
        return Map.of("registrations", found.size());
    }

    public Map<String, Integer> erase(PersonErasure request) {
        OffsetDateTime now = clock.nowInOffice();
        int erased = 0;
        for (Registration registration : registrations.ofPerson(request.email(), request.contactIds())) {
            request.addEmail(registration.getEmail());
            if (registration.erase(now)) {
                erased++;
            }
            registrations.forgetCancelLinks(registration.getId());
        }
        registrations.flush();
        audit.record(AuditRecord.of("PERSON_ERASED", "Person", request.erasureId()).set("module", MODULE)
                .set("registrations", erased));
        return Map.of("registrations", erased);
    }

    private static JsonObjectBuilder registration(Registration r, Event event) {
        JsonObjectBuilder json = Json.createObjectBuilder().add("id", r.getId()).add("eventId", r.getEventId());
        put(json, "eventTitle", event == null ? null : event.getTitle());
        put(json, "eventStartsAt", event == null ? null : OfficeTime.of(event.getStartsAt()));
        put(json, "status", r.getStatus());
        put(json, "firstName", r.getFirstName());
        put(json, "lastName", r.getLastName());
        put(json, "email", r.getEmail());
        put(json, "organisation", r.getOrganisation());
        put(json, "memberId", r.getMemberId());
        put(json, "contactId", r.getContactId());
        put(json, "registeredAt", OfficeTime.of(r.getRegisteredAt()));
        put(json, "checkedInAt", OfficeTime.of(r.getCheckedInAt()));
        put(json, "cancelledAt", OfficeTime.of(r.getCancelledAt()));
        put(json, "erasedAt", OfficeTime.of(r.getErasedAt()));
        return json;
    }

    private static void put(JsonObjectBuilder object, String name, Object value) {
        if (value == null) {
            object.addNull(name);
        } else {
            object.add(name, value.toString());
        }
    }
}
