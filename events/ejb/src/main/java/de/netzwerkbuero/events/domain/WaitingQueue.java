package de.netzwerkbuero.events.domain;

import java.util.Optional;

/** The waiting list of an event: who moves up next (the lowest waiting-list number). */
public interface WaitingQueue {

    Optional<Registration> firstWaiting(long eventId);
}
