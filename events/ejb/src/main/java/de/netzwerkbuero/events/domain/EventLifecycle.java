package de.netzwerkbuero.events.domain;

import de.netzwerkbuero.events.api.EventStatus;
import de.netzwerkbuero.platform.api.error.RuleViolationException;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import static de.netzwerkbuero.events.api.EventStatus.CANCELLED;
import static de.netzwerkbuero.events.api.EventStatus.COMPLETED;
import static de.netzwerkbuero.events.api.EventStatus.DRAFT;
import static de.netzwerkbuero.events.api.EventStatus.PUBLISHED;
import static de.netzwerkbuero.events.api.EventStatus.REGISTRATION_CLOSED;

/** Which status may follow which: DRAFT → PUBLISHED → REGISTRATION_CLOSED → COMPLETED, or CANCELLED. */
public final class EventLifecycle {

    private static final Map<EventStatus, Set<EventStatus>> NEXT = Map.of(
            DRAFT, EnumSet.of(PUBLISHED, CANCELLED),
            PUBLISHED, EnumSet.of(REGISTRATION_CLOSED, COMPLETED, CANCELLED),
            REGISTRATION_CLOSED, EnumSet.of(COMPLETED, CANCELLED),
            COMPLETED, EnumSet.noneOf(EventStatus.class),
            CANCELLED, EnumSet.noneOf(EventStatus.class));

    private EventLifecycle() {
    }

    public static boolean allows(EventStatus from, EventStatus to) {
        return NEXT.get(from).contains(to);
    }

    public static void require(long eventId, EventStatus from, EventStatus to) {
        if (!allows(from, to)) {
            throw new RuleViolationException("events.event.transitionNotAllowed",
                    "Event {0} cannot change from {1} to {2}.", eventId, from, to);
        }
    }

    /** Whether the event's details may still be changed. */
    public static boolean editable(EventStatus status) {
        return status != COMPLETED && status != CANCELLED;
    }
}
