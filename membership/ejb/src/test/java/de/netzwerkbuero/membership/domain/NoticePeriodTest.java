package de.netzwerkbuero.membership.domain;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;

class NoticePeriodTest {

    @AfterEach
    void clearProperties() {
        System.clearProperty(NoticePeriod.MONTHS_PROPERTY);
        System.clearProperty(NoticePeriod.END_OF_YEAR_PROPERTY);
    }

    @ParameterizedTest(name = "resigned on {0} -> leaves on {1}")
    @CsvSource({
            "2025-01-01, 2025-12-31",
            "2025-09-30, 2025-12-31",   // notice ends 2025-12-30: still this year
            "2025-10-01, 2026-12-31",   // notice ends 2026-01-01: end of next year
            "2025-10-31, 2026-12-31",
            "2025-12-31, 2026-12-31",
            "2024-09-30, 2024-12-31",
            "2024-02-29, 2024-12-31"})
    void defaultIsTheEndOfTheYearInWhichThreeMonthsNoticeEnd(LocalDate resigned, LocalDate effective) {
        assertEquals(effective, NoticePeriod.DEFAULT.effectiveDate(resigned));
    }

    @Test
    void withoutEndOfYearTheMembershipEndsWithTheNotice() {
        NoticePeriod plain = new NoticePeriod(3, false);
        assertEquals(LocalDate.of(2026, 1, 1), plain.effectiveDate(LocalDate.of(2025, 10, 1)));
        assertEquals(LocalDate.of(2026, 2, 28), plain.effectiveDate(LocalDate.of(2025, 11, 30)));
    }

    @Test
    void isConfiguredBySystemProperties() {
        assertEquals(NoticePeriod.DEFAULT, NoticePeriod.fromSystemProperties());
        System.setProperty(NoticePeriod.MONTHS_PROPERTY, "6");
        System.setProperty(NoticePeriod.END_OF_YEAR_PROPERTY, "false");
        assertEquals(new NoticePeriod(6, false), NoticePeriod.fromSystemProperties());
        assertEquals(LocalDate.of(2026, 3, 30), NoticePeriod.fromSystemProperties().effectiveDate(LocalDate.of(2025, 9, 30)));
    }
}
