package de.netzwerkbuero.membership.api;

import java.io.Serializable;

/** A member's contact person as other modules see them (e.g. to register them for an event). */
public record ContactSummary(long id, long memberId, String firstName, String lastName, String function,
                             String email, boolean primary) implements Serializable {
}
