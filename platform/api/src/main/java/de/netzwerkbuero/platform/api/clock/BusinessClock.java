package de.netzwerkbuero.platform.api.clock;

import jakarta.ejb.Local;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;

/**
 * The one source of time for every rule and timer, so that rules can be tested at any date.
 * Dates are the office's dates (Europe/Berlin).
 */
@Local
public interface BusinessClock {

    ZoneId OFFICE_ZONE = ZoneId.of("Europe/Berlin");

    /** A {@link Clock} in the office's zone that reads this business clock. */
    Clock clock();

    Instant now();

    /** Today in the office's zone. */
    LocalDate today();

    /** Now, with the office's offset. */
    OffsetDateTime nowInOffice();
}
