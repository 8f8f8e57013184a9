package de.netzwerkbuero.events.domain;

import de.netzwerkbuero.events.api.Audience;
import de.netzwerkbuero.events.api.EventFormat;
import de.netzwerkbuero.events.api.EventInput;
import de.netzwerkbuero.events.api.EventType;

import java.time.OffsetDateTime;
import java.time.ZoneId;

/** Inputs and entities for the domain tests. */
final class TestEvents {

    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    static final OffsetDateTime NOW = OffsetDateTime.of(2025, 5, 2, 9, 0, 0, 0,
            BERLIN.getRules().getOffset(java.time.LocalDateTime.of(2025, 5, 2, 9, 0)));
    static final OffsetDateTime START = NOW.plusDays(20).withHour(11);
    static final OffsetDateTime END = START.withHour(16).withMinute(30);

    private TestEvents() {
    }

    static EventInput input(int capacity, Audience audience) {
        return new EventInput(EventType.WERKSTATT, EventFormat.ON_SITE, "Werkstatt", "Mobilität, Wohnen und Arbeiten",
                START, END, "Bürgerzentrum, Herzberg (Elster)", null, null, capacity, 2, audience, null, null, null);
    }

    static Event published(int capacity) {
        Event event = new Event(input(capacity, Audience.PUBLIC), NOW.minusDays(1));
        event.publish(NOW.minusDays(1));
        return event;
    }

    static Person guest(int n) {
        return new Person(null, null, "Vorname" + n, "Nachname" + n, "person" + n + "@example.org", null);
    }
}
