package de.netzwerkbuero.funding.api;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/** A funding project (Vorhaben) with the REST API's field names; {@code version} is the ETag. */
public record ProjectView(long id, long programId, long memberId, String title, String fundingReference,
                          LocalDate periodStart, LocalDate periodEnd, BigDecimal approvedAmount, BigDecimal ownShare,
                          String leadUsername, ProjectStatus status, long version) implements Serializable {
}
