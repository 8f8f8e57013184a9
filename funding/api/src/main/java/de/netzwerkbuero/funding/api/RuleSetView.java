package de.netzwerkbuero.funding.api;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A version of the deadline rules for one legal basis (or a project's effective rules, overrides applied).
 * {@code spendWindow} is an ISO-8601 period ({@code P42D} = six weeks, {@code P2M} = two months).
 */
public record RuleSetView(LegalBasis legalBasis, int version, int interimProofMonthsAfterYearEnd,
                          int finalProofMonthsAfterEnd, boolean finalProofAfterPurposeFulfilled, String spendWindow,
                          BigDecimal costLineTolerancePercent, int receiptRetentionYears,
                          List<Integer> reminderDaysBefore, BigDecimal interestPointsAboveBaseRate,
                          LocalDate validFrom) implements Serializable {

    public RuleSetView {
        reminderDaysBefore = List.copyOf(reminderDaysBefore);
    }
}
