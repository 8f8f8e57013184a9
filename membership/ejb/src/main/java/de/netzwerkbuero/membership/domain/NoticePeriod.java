package de.netzwerkbuero.membership.domain;

import java.time.LocalDate;

/**
 * When a resignation takes effect. The default is DESIGN.md's "end of the calendar year following three months'
 * notice": the notice runs three months from the day of resigning, and the membership ends at the end of the
 * calendar year in which the notice ends (resign by 30 September, leave on 31 December; resign on 1 October,
 * leave at the end of the next year). Without the end-of-year rule it ends when the notice ends.
 */
public record NoticePeriod(int months, boolean endOfYear) {

    public static final String MONTHS_PROPERTY = "netzwerk.membership.notice-months";
    public static final String END_OF_YEAR_PROPERTY = "netzwerk.membership.notice-end-of-year";

    public static final NoticePeriod DEFAULT = new NoticePeriod(3, true);

    public NoticePeriod {
        if (months < 0) {
            throw new IllegalArgumentException("notice months must not be negative");
        }
    }

    /** From {@value #MONTHS_PROPERTY} and {@value #END_OF_YEAR_PROPERTY}, falling back to the default. */
    public static NoticePeriod fromSystemProperties() {
        int months = Integer.getInteger(MONTHS_PROPERTY, DEFAULT.months());
        String endOfYear = System.getProperty(END_OF_YEAR_PROPERTY);
        return new NoticePeriod(months, endOfYear == null ? DEFAULT.endOfYear() : Boolean.parseBoolean(endOfYear));
    }

    public LocalDate effectiveDate(LocalDate resignedOn) {
        LocalDate noticeEnds = resignedOn.plusMonths(months);
        return endOfYear ? LocalDate.of(noticeEnds.getYear(), 12, 31) : noticeEnds;
    }
}
