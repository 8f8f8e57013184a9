package de.netzwerkbuero.events.domain;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import de.netzwerkbuero.platform.api.error.RuleViolationException;

/**
 * Gives places and moves the waiting list up. A new registration takes a free place or draws a waiting-list
 * number; a freed place goes to the first person waiting, in the same transaction.
 */
public final class PlaceAllocation {

    private final Places places;
    private final WaitingQueue queue;

    public PlaceAllocation(Places places, WaitingQueue queue) {
        this.places = places;
        this.queue = queue;
    }

    public Seat seatFor(long eventId) {
        if (places.tryTake(eventId, Places.Purpose.REGISTRATION)) {
            return Seat.CONFIRMED;
        }
        long number = places.nextWaitlistNumber(eventId).orElseThrow(() -> new RuleViolationException(
                "events.registration.eventNotOpen", "Event {0} does not take registrations any more.", eventId));
        // Drawing the number locked the event's row. A place freed meanwhile while nobody was waiting yet
        // would otherwise stay empty with this person on the waiting list, so try once more under the lock.
        if (places.tryTake(eventId, Places.Purpose.REGISTRATION)) {
            return Seat.CONFIRMED;
        }
        return Seat.waitlisted(number);
    }

    /** Gives a place back and fills it from the waiting list; returns who moved up. */
    public List<Registration> release(long eventId, OffsetDateTime now) {
        places.release(eventId);
        return fillFreePlaces(eventId, now);
    }

    /** Moves waiting people up while places are free (after a cancellation or a higher capacity). */
    public List<Registration> fillFreePlaces(long eventId, OffsetDateTime now) {
        List<Registration> promoted = new ArrayList<>();
        Optional<Registration> next = queue.firstWaiting(eventId);
        while (next.isPresent() && places.tryTake(eventId, Places.Purpose.PROMOTION)) {
            next.get().promote(now);
            promoted.add(next.get());
            next = queue.firstWaiting(eventId);
        }
        return promoted;
    }
}
