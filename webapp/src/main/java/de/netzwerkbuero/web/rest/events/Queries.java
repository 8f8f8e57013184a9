package de.netzwerkbuero.web.rest.events;

import de.netzwerkbuero.events.api.EventFilter;
import de.netzwerkbuero.events.api.EventStatus;
import de.netzwerkbuero.events.api.EventType;
import de.netzwerkbuero.events.api.RegistrationFilter;
import de.netzwerkbuero.events.api.RegistrationStatus;
import de.netzwerkbuero.platform.api.error.Violations;
import de.netzwerkbuero.web.rest.QueryValues;

import java.time.LocalDate;

/** Query parameters of the event and registration lists, checked into the facades' filters (400 when malformed). */
final class Queries {

    private Queries() {
    }

    static EventFilter events(String type, String status, String from, String to, String q, String projectId) {
        Violations violations = new Violations();
        EventType t = QueryValues.constant(EventType.class, type, "type", violations);
        EventStatus s = QueryValues.constant(EventStatus.class, status, "status", violations);
        LocalDate f = QueryValues.date(from, "from", violations);
        LocalDate u = QueryValues.date(to, "to", violations);
        Long project = QueryValues.id(projectId, "projectId", violations);
        violations.throwIfAny();
        return new EventFilter(t, s, f, u, QueryValues.text(q), project);
    }

    static RegistrationFilter registrations(String status, String q) {
        Violations violations = new Violations();
        RegistrationStatus s = QueryValues.constant(RegistrationStatus.class, status, "status", violations);
        violations.throwIfAny();
        return new RegistrationFilter(s, QueryValues.text(q));
    }
}
