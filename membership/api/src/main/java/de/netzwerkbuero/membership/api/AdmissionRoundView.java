package de.netzwerkbuero.membership.api;

import java.io.Serializable;
import java.time.LocalDate;

/** An admission round (Aufnahmetermin): admitted members become ACTIVE on its {@code date}. */
public record AdmissionRoundView(long id, LocalDate date, LocalDate applicationDeadline, int capacity,
                                 AdmissionRoundStatus status, int admittedCount, long version)
        implements Serializable {

    public int freePlaces() {
        return Math.max(0, capacity - admittedCount);
    }
}
