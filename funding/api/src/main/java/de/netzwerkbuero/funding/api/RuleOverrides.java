package de.netzwerkbuero.funding.api;

import java.io.Serializable;
import java.math.BigDecimal;

/**
 * Where a project's grant notice (Zuwendungsbescheid) departs from its programme's rule set. Every field
 * is optional: {@code null} keeps the rule set's value. {@code basis} says where the departure is written.
 */
public record RuleOverrides(Integer interimProofMonthsAfterYearEnd, Integer finalProofMonthsAfterEnd,
                            Boolean finalProofAfterPurposeFulfilled, String spendWindow,
                            BigDecimal costLineTolerancePercent, Integer receiptRetentionYears,
                            BigDecimal interestPointsAboveBaseRate, String basis) implements Serializable {

    public static RuleOverrides none() {
        return new RuleOverrides(null, null, null, null, null, null, null, null);
    }
}
