package de.netzwerkbuero.events.domain;

import de.netzwerkbuero.platform.api.error.RuleViolationException;

import java.time.OffsetDateTime;

/**
 * When registrations are taken: from {@code opensAt} (none: since publication) until before {@code closesAt}
 * (the end of registration, or the event's start when none is set).
 */
public record RegistrationWindow(OffsetDateTime opensAt, OffsetDateTime closesAt) {

    public boolean isOpenAt(OffsetDateTime now) {
        return (opensAt == null || !now.isBefore(opensAt)) && now.isBefore(closesAt);
    }

    public void requireOpenAt(OffsetDateTime now) {
        if (opensAt != null && now.isBefore(opensAt)) {
            throw new RuleViolationException("events.registration.notYetOpen",
                    "Registration opens at {0}.", opensAt);
        }
        if (!now.isBefore(closesAt)) {
            throw new RuleViolationException("events.registration.closed",
                    "Registration closed at {0}.", closesAt);
        }
    }
}
