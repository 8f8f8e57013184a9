package de.netzwerkbuero.events.infrastructure.calendar;

import java.time.OffsetDateTime;

/**
 * What a calendar shows of one event. {@code uid} never changes for an event; {@code sequence} grows with
 * each change; {@code url} and {@code location} may be {@code null}.
 */
public record CalendarEntry(String uid, int sequence, OffsetDateTime startsAt, OffsetDateTime endsAt,
                            String summary, String description, String location, String url, boolean cancelled,
                            OffsetDateTime created, OffsetDateTime lastModified) {
}
