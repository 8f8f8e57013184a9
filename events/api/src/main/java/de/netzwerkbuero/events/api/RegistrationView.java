package de.netzwerkbuero.events.api;

import java.io.Serializable;
import java.time.OffsetDateTime;

/**
 * A registration as callers see it; the component names are the REST field names. {@code waitlistPosition}
 * is 1 for the next person to move up and {@code null} unless WAITLISTED. {@code memberId} and
 * {@code contactId} are {@code null} for guests; {@code organisation} is the member's name or what a guest
 * entered.
 */
public record RegistrationView(long id, long eventId, Long memberId, String firstName, String lastName,
                               String email, RegistrationStatus status, Integer waitlistPosition, Long contactId,
                               OffsetDateTime checkedInAt, String organisation, OffsetDateTime registeredAt,
                               long version) implements Serializable {

    public String fullName() {
        return firstName + " " + lastName;
    }
}
