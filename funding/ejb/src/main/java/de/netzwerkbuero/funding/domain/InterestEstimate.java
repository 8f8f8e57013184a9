package de.netzwerkbuero.funding.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * The interest a funder may claim on funds not spent in time: simple interest at the base rate plus the
 * rule's points, per year of 365 days, for the time from payout until the funds were used (§ 49a (4)
 * VwVfG counts from payout, not from the end of the spend window).
 */
public final class InterestEstimate {

    /** Base rate (§ 247 BGB) in percent; override with -Dnetzwerk.funding.baseRatePercent when it changes. */
    public static final String BASE_RATE_PROPERTY = "netzwerk.funding.baseRatePercent";
    static final String DEFAULT_BASE_RATE = "1.27";

    private InterestEstimate() {
    }

    public static BigDecimal baseRatePercent() {
        return new BigDecimal(System.getProperty(BASE_RATE_PROPERTY, DEFAULT_BASE_RATE).trim());
    }

    public static BigDecimal of(BigDecimal amount, LocalDate from, LocalDate until, BigDecimal baseRatePercent,
                                BigDecimal pointsAboveBaseRate) {
        long days = Math.max(0, ChronoUnit.DAYS.between(from, until));
        BigDecimal yearlyPercent = baseRatePercent.add(pointsAboveBaseRate).max(BigDecimal.ZERO);
        return amount.multiply(yearlyPercent).multiply(BigDecimal.valueOf(days))
                .divide(BigDecimal.valueOf(36_500), 2, RoundingMode.HALF_UP);
    }
}
