package de.netzwerkbuero.funding.api;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/** An extension of the grant period: requested, then approved (the period end moves) or rejected. */
public record ExtensionView(long id, long projectId, LocalDate previousPeriodEnd, LocalDate newPeriodEnd,
                            String reason, String reference, ExtensionStatus status, String requestedBy,
                            OffsetDateTime requestedAt, String decidedBy, OffsetDateTime decidedAt, String decisionNote,
                            long version) implements Serializable {
}
