package de.netzwerkbuero.funding.api;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** A new version of the rules for a legal basis; the version number is assigned on publishing. */
public record RuleSetInput(LegalBasis legalBasis, int interimProofMonthsAfterYearEnd, int finalProofMonthsAfterEnd,
                           boolean finalProofAfterPurposeFulfilled, String spendWindow,
                           BigDecimal costLineTolerancePercent, int receiptRetentionYears,
                           List<Integer> reminderDaysBefore, BigDecimal interestPointsAboveBaseRate,
                           LocalDate validFrom) implements Serializable {

    public RuleSetInput {
        reminderDaysBefore = reminderDaysBefore == null ? List.of() : List.copyOf(reminderDaysBefore);
    }
}
