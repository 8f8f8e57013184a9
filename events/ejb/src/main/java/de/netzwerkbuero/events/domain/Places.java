package de.netzwerkbuero.events.domain;

import java.util.OptionalLong;

/**
 * The places of an event as counted in the database. Implementations change the count only with a
 * conditional update of the event's row, never by counting in Java first, so that concurrent registrations
 * can never exceed the capacity; such an update also holds the row's lock until the transaction ends.
 */
public interface Places {

    enum Purpose {
        /** A new registration: only while the event is PUBLISHED. */
        REGISTRATION,
        /** Moving up from the waiting list: also after registration closed. */
        PROMOTION
    }

    /** Takes a free place if there is one (and the event's status allows the purpose). */
    boolean tryTake(long eventId, Purpose purpose);

    /**
     * Draws the next waiting-list number of a PUBLISHED event, locking its row; empty when the event stopped
     * taking registrations meanwhile.
     */
    OptionalLong nextWaitlistNumber(long eventId);

    /** Gives one place back. */
    void release(long eventId);

    /** Gives every place back, when the event is cancelled. */
    void releaseAll(long eventId);
}
