package de.netzwerkbuero.funding.api;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * A recorded disbursement. {@code spendBy}: the last day of the spend window; {@code spentOn}: the day the
 * funded share of the expenditures covered it ({@code null} while it does not).
 */
public record DisbursementView(long id, long projectId, BigDecimal amount, LocalDate payoutOn, String reference,
                               LocalDate spendBy, LocalDate spentOn, String recordedBy, OffsetDateTime recordedAt,
                               long version) implements Serializable {
}
