package de.netzwerkbuero.membership.api;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * A member organisation as the office and the REST API see it (DESIGN.md field names). {@code state} is the
 * two-letter code derived from the AGS; {@code population} comes from the municipality register.
 */
public record MemberView(long id, MemberKind kind, String name, String ags, String state, Integer population,
                         String website, String email, MemberStatus status, boolean foundingMember,
                         LocalDate joinedOn, long version) implements Serializable {
}
