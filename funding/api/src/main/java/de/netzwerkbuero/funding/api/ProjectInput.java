package de.netzwerkbuero.funding.api;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What the office enters for a project. {@code periodEnd} may be {@code null}: it then defaults to
 * {@code periodStart} + the programme's duration − 1 day.
 */
public record ProjectInput(long programId, long memberId, String title, String fundingReference,
                           LocalDate periodStart, LocalDate periodEnd, BigDecimal approvedAmount, BigDecimal ownShare,
                           String leadUsername) implements Serializable {
}
