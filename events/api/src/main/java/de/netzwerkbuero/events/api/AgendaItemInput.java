package de.netzwerkbuero.events.api;

import java.io.Serializable;
import java.time.OffsetDateTime;

/** An agenda item as entered; it must lie within the event's start and end. */
public record AgendaItemInput(OffsetDateTime startsAt, OffsetDateTime endsAt, String title, String description,
                              String location) implements Serializable {
}
