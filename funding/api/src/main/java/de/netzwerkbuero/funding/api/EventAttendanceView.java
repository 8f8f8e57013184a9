package de.netzwerkbuero.funding.api;

import java.io.Serializable;
import java.time.LocalDate;

/** An event of the project as the events module reported it: a proof of activity for the reports. */
public record EventAttendanceView(long eventId, String eventTitle, LocalDate date, int attendees, int organisations)
        implements Serializable {
}
