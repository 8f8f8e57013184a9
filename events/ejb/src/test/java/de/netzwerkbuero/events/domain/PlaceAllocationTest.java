package de.netzwerkbuero.events.domain;

import de.netzwerkbuero.events.api.RegistrationStatus;
import de.netzwerkbuero.platform.api.error.RuleViolationException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PlaceAllocationTest {

    private static final long EVENT = 7;

    /** The database's counter, as the conditional updates behave. */
    static class CountingPlaces implements Places {
        int capacity;
        int taken;
        long lastNumber;
        boolean published = true;
        boolean closed;

        CountingPlaces(int capacity) {
            this.capacity = capacity;
        }

        @Override
        public boolean tryTake(long eventId, Purpose purpose) {
            boolean statusAllows = purpose == Purpose.REGISTRATION ? published : published || closed;
            if (statusAllows && taken < capacity) {
                taken++;
                return true;
            }
            return false;
        }

        @Override
        public OptionalLong nextWaitlistNumber(long eventId) {
            return published ? OptionalLong.of(++lastNumber) : OptionalLong.empty();
        }

        @Override
        public void release(long eventId) {
            if (taken > 0) {
                taken--;
            }
        }

        @Override
        public void releaseAll(long eventId) {
            taken = 0;
        }
    }

    /** The registrations table: the waiting one with the lowest number moves up first. */
    static final class Book implements WaitingQueue {
        final List<Registration> all = new ArrayList<>();

        @Override
        public Optional<Registration> firstWaiting(long eventId) {
            return all.stream().filter(r -> r.getStatus() == RegistrationStatus.WAITLISTED)
                    .min(Comparator.comparing(Registration::getWaitlistNumber));
        }
    }

    private CountingPlaces places;
    private Book book;
    private PlaceAllocation allocation;

    @BeforeEach
    void setUp() {
        places = new CountingPlaces(2);
        book = new Book();
        allocation = new PlaceAllocation(places, book);
    }

    private Registration register(int n) {
        Registration r = new Registration(EVENT, TestEvents.guest(n), allocation.seatFor(EVENT), TestEvents.NOW);
        book.all.add(r);
        return r;
    }

    @Test
    void confirmsUpToCapacityThenWaitlistsInArrivalOrder() {
        List<Registration> registrations = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            registrations.add(register(i));
        }
        assertEquals(RegistrationStatus.CONFIRMED, registrations.get(0).getStatus());
        assertEquals(RegistrationStatus.CONFIRMED, registrations.get(1).getStatus());
        assertEquals(List.of(1L, 2L, 3L), registrations.subList(2, 5).stream().map(Registration::getWaitlistNumber)
                .toList());
        assertTrue(registrations.subList(2, 5).stream().allMatch(r -> r.getStatus() == RegistrationStatus.WAITLISTED));
        assertEquals(2, places.taken);
    }

    @Test
    void aFreedPlaceGoesToTheFirstWaitingOnly() {
        Registration first = register(1);
        register(2);
        Registration waitingFirst = register(3);
        Registration waitingSecond = register(4);

        assertTrue(first.cancel(TestEvents.NOW));
        List<Registration> promoted = allocation.release(EVENT, TestEvents.NOW);

        assertEquals(List.of(waitingFirst), promoted);
        assertEquals(RegistrationStatus.CONFIRMED, waitingFirst.getStatus());
        assertEquals(null, waitingFirst.getWaitlistNumber());
        assertEquals(RegistrationStatus.WAITLISTED, waitingSecond.getStatus());
        assertEquals(2, places.taken);
    }

    @Test
    void cancellingAWaitingRegistrationFreesNoPlace() {
        register(1);
        register(2);
        Registration waiting = register(3);
        assertFalse(waiting.cancel(TestEvents.NOW));
        assertEquals(RegistrationStatus.CANCELLED, waiting.getStatus());
        assertEquals(2, places.taken);
    }

    @Test
    void aHigherCapacityMovesSeveralUpInOrder() {
        for (int i = 1; i <= 5; i++) {
            register(i);
        }
        places.capacity = 4;
        List<Registration> promoted = allocation.fillFreePlaces(EVENT, TestEvents.NOW);
        assertEquals(List.of("Nachname3", "Nachname4"), promoted.stream().map(Registration::getLastName).toList());
        assertEquals(4, places.taken);
    }

    @Test
    void placesFreedWithNobodyWaitingStayFree() {
        Registration only = register(1);
        only.cancel(TestEvents.NOW);
        assertTrue(allocation.release(EVENT, TestEvents.NOW).isEmpty());
        assertEquals(0, places.taken);
    }

    @Test
    void theWaitingListStillMovesUpAfterRegistrationClosed() {
        Registration first = register(1);
        register(2);
        Registration waiting = register(3);
        places.published = false;
        places.closed = true;
        first.cancel(TestEvents.NOW);
        assertEquals(List.of(waiting), allocation.release(EVENT, TestEvents.NOW));
    }

    @Test
    void aFullEventThatStoppedTakingRegistrationsRefuses() {
        register(1);
        register(2);
        places.published = false;
        RuleViolationException refused = assertThrows(RuleViolationException.class, () -> allocation.seatFor(EVENT));
        assertEquals("events.registration.eventNotOpen", refused.key());
    }

    @Test
    void aPlaceFreedWhileDrawingANumberIsTakenInsteadOfWaiting() {
        CountingPlaces racing = new CountingPlaces(1) {
            @Override
            public OptionalLong nextWaitlistNumber(long eventId) {
                taken = 0; // someone cancelled while nobody was waiting yet
                return super.nextWaitlistNumber(eventId);
            }
        };
        racing.taken = 1;
        Seat seat = new PlaceAllocation(racing, book).seatFor(EVENT);
        assertTrue(seat.confirmed());
    }
}
