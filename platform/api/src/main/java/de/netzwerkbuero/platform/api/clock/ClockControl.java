package de.netzwerkbuero.platform.api.clock;

import jakarta.ejb.Local;

import java.time.Instant;

/**
 * Moves the business clock, for tests and demonstrations. Refused unless the server runs with
 * {@code -Dnetzwerk.clock.adjustable=true}; production servers never set it.
 */
@Local
public interface ClockControl {

    /** Stops the clock at the given instant. */
    void fixAt(Instant instant);

    /** Back to the system clock. */
    void release();
}
