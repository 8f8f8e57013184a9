package de.netzwerkbuero.funding.domain;

import de.netzwerkbuero.funding.api.LegalBasis;
import de.netzwerkbuero.funding.api.RuleOverrides;

import java.math.BigDecimal;
import java.time.Period;
import java.util.List;
import java.util.Objects;

/**
 * The deadline rules in force for a project: a rule set's values with the project's overrides applied.
 * {@code version} is the rule set's version; overrides do not change it.
 */
public record Rules(LegalBasis legalBasis, int version, int interimProofMonthsAfterYearEnd,
                    int finalProofMonthsAfterEnd, boolean finalProofAfterPurposeFulfilled, Period spendWindow,
                    BigDecimal costLineTolerancePercent, int receiptRetentionYears, List<Integer> reminderDaysBefore,
                    BigDecimal interestPointsAboveBaseRate) {

    public Rules {
        Objects.requireNonNull(legalBasis);
        Objects.requireNonNull(spendWindow);
        reminderDaysBefore = reminderDaysBefore.stream().sorted((a, b) -> b - a).toList();
    }

    /** DESIGN.md's defaults, version 1. */
    public static Rules defaults(LegalBasis basis) {
        return basis == LegalBasis.ANBEST_P
                ? new Rules(basis, 1, 4, 6, true, Period.ofWeeks(6), new BigDecimal("20.00"), 5, List.of(14, 3),
                new BigDecimal("5.00"))
                : new Rules(basis, 1, 4, 12, false, Period.ofMonths(2), new BigDecimal("20.00"), 5, List.of(14, 3),
                new BigDecimal("5.00"));
    }

    public Rules with(RuleOverrides o) {
        if (o == null) {
            return this;
        }
        return new Rules(legalBasis, version,
                or(o.interimProofMonthsAfterYearEnd(), interimProofMonthsAfterYearEnd),
                or(o.finalProofMonthsAfterEnd(), finalProofMonthsAfterEnd),
                or(o.finalProofAfterPurposeFulfilled(), finalProofAfterPurposeFulfilled),
                o.spendWindow() == null ? spendWindow : Period.parse(o.spendWindow()),
                or(o.costLineTolerancePercent(), costLineTolerancePercent),
                or(o.receiptRetentionYears(), receiptRetentionYears),
                reminderDaysBefore,
                or(o.interestPointsAboveBaseRate(), interestPointsAboveBaseRate));
    }

    /** A deadline is "due soon" within the first (longest) reminder's days. */
    public int dueSoonDays() {
        return reminderDaysBefore.isEmpty() ? 0 : reminderDaysBefore.get(0);
    }

    private static <T> T or(T override, T base) {
        return override == null ? base : override;
    }
}
