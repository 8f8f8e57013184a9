package de.netzwerkbuero.events.api;

import java.io.Serializable;
import java.time.OffsetDateTime;

/** One item of an event's agenda, in the order of {@code position}; {@code endsAt} may be {@code null}. */
public record AgendaItemView(long id, long eventId, int position, OffsetDateTime startsAt, OffsetDateTime endsAt,
                             String title, String description, String location) implements Serializable {
}
