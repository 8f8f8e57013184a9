package de.netzwerkbuero.events.api;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * Filters of the event list, each optional: type, status, start date from/to (inclusive, office dates),
 * {@code q} (words in title or venue, case-insensitive), and the funding project.
 */
public record EventFilter(EventType type, EventStatus status, LocalDate from, LocalDate to, String q,
                          Long projectId) implements Serializable {

    public static EventFilter none() {
        return new EventFilter(null, null, null, null, null, null);
    }

    public static EventFilter from(LocalDate from) {
        return new EventFilter(null, null, from, null, null, null);
    }
}
