package de.netzwerkbuero.membership.api;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/** A prospect as the office sees it. {@code memberId} is set once the prospect was turned into a member. */
public record ProspectView(long id, String organisation, String ags, String contactName, String email,
                           ProspectStatus status, OffsetDateTime signedUpAt, OffsetDateTime consentAt,
                           OffsetDateTime confirmedAt, LocalDate expiresOn, Long memberId, long version)
        implements Serializable {
}
