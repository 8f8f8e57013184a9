package de.netzwerkbuero.membership.api;

import java.io.Serializable;
import java.time.OffsetDateTime;

/**
 * A member's contact person (Ansprechperson). {@code consentAt} is when the consent was given ({@code null}
 * without consent); {@code erased} marks a record anonymised on request (DSGVO Art. 17).
 */
public record ContactView(long id, long memberId, String firstName, String lastName, String function, String email,
                          String phone, boolean primary, boolean consent, OffsetDateTime consentAt, boolean erased,
                          long version) implements Serializable {
}
