package de.netzwerkbuero.funding.api;

import java.io.Serializable;
import java.time.LocalDate;

/** What other modules (events) may know of a funding project. */
public record ProjectSummary(long id, String title, String fundingReference, long memberId, String leadUsername,
                             String status, LocalDate periodStart, LocalDate periodEnd) implements Serializable {
}
