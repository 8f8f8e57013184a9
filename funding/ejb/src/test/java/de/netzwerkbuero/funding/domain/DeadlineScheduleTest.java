package de.netzwerkbuero.funding.domain;

import de.netzwerkbuero.funding.api.DeadlineKind;
import de.netzwerkbuero.funding.api.LegalBasis;
import de.netzwerkbuero.funding.api.RuleOverrides;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DeadlineScheduleTest {

    private static final Rules P = Rules.defaults(LegalBasis.ANBEST_P);
    private static final Rules GK = Rules.defaults(LegalBasis.ANBEST_GK);

    private static ProjectFacts period(String start, String end) {
        return ProjectFacts.of(new GrantPeriod(LocalDate.parse(start), LocalDate.parse(end)));
    }

    private static List<LocalDate> due(List<PlannedDeadline> plan, DeadlineKind kind) {
        return plan.stream().filter(d -> d.kind() == kind).map(PlannedDeadline::dueOn).toList();
    }

    private static List<LocalDate> dates(String... days) {
        return java.util.Arrays.stream(days).map(LocalDate::parse).toList();
    }

    @Test
    void designExampleUnderAnbestP() {
        List<PlannedDeadline> plan = DeadlineSchedule.plan(period("2023-07-01", "2025-06-30"), P);
        assertEquals(dates("2024-04-30", "2025-04-30"), due(plan, DeadlineKind.INTERIM_PROOF));
        assertEquals(List.of(2023, 2024), plan.stream().filter(d -> d.kind() == DeadlineKind.INTERIM_PROOF)
                .map(PlannedDeadline::fiscalYear).toList());
        assertEquals(dates("2025-12-31"), due(plan, DeadlineKind.FINAL_PROOF));
    }

    @Test
    void designExampleUnderAnbestGk() {
        List<PlannedDeadline> plan = DeadlineSchedule.plan(period("2023-07-01", "2025-06-30"), GK);
        assertEquals(dates("2024-04-30", "2025-04-30"), due(plan, DeadlineKind.INTERIM_PROOF));
        assertEquals(dates("2026-06-30"), due(plan, DeadlineKind.FINAL_PROOF));
    }

    @Test
    void defaultEndIsStartPlusDurationMinusOneDay() {
        assertEquals(LocalDate.parse("2025-06-30"), GrantPeriod.defaultEnd(LocalDate.parse("2023-07-01"), 24));
        assertEquals(LocalDate.parse("2025-12-31"), GrantPeriod.defaultEnd(LocalDate.parse("2024-01-01"), 24));
        GrantPeriod longer = new GrantPeriod(LocalDate.parse("2023-07-01"), LocalDate.parse("2025-07-01"));
        assertTrue(longer.exceeds(24));
        assertFalse(new GrantPeriod(LocalDate.parse("2023-07-01"), LocalDate.parse("2025-06-30")).exceeds(24));
    }

    @Test
    void projectFromFirstJanuaryToThirtyFirstDecemberHasNoInterimProofForItsLastYear() {
        List<PlannedDeadline> plan = DeadlineSchedule.plan(period("2024-01-01", "2025-12-31"), P);
        assertEquals(dates("2025-04-30"), due(plan, DeadlineKind.INTERIM_PROOF));
        assertEquals(dates("2026-06-30"), due(plan, DeadlineKind.FINAL_PROOF));
        assertEquals(dates("2026-12-31"), due(DeadlineSchedule.plan(period("2024-01-01", "2025-12-31"), GK),
                DeadlineKind.FINAL_PROOF));
    }

    @Test
    void projectWithinOneCalendarYearHasNoInterimProof() {
        List<PlannedDeadline> plan = DeadlineSchedule.plan(period("2024-01-01", "2024-12-31"), P);
        assertTrue(due(plan, DeadlineKind.INTERIM_PROOF).isEmpty());
        assertEquals(dates("2025-06-30"), due(plan, DeadlineKind.FINAL_PROOF));
    }

    @Test
    void projectEndingOnFirstJanuaryStillOwesTheInterimProofOfTheYearBefore() {
        List<PlannedDeadline> plan = DeadlineSchedule.plan(period("2024-03-01", "2025-01-01"), P);
        assertEquals(dates("2025-04-30"), due(plan, DeadlineKind.INTERIM_PROOF));
        assertEquals(dates("2025-07-31"), due(plan, DeadlineKind.FINAL_PROOF));
    }

    @Test
    void purposeFulfilledEarlyMovesTheFinalProofUnderAnbestPAndDropsLaterInterimProofs() {
        ProjectFacts facts = period("2023-07-01", "2025-06-30").purposeFulfilledOn(LocalDate.parse("2024-10-15"));
        List<PlannedDeadline> plan = DeadlineSchedule.plan(facts, P);
        assertEquals(dates("2024-04-30"), due(plan, DeadlineKind.INTERIM_PROOF));
        assertEquals(dates("2025-04-30"), due(plan, DeadlineKind.FINAL_PROOF));
    }

    @Test
    void purposeFulfilledEarlyKeepsTheFinalProofUnderAnbestGk() {
        ProjectFacts facts = period("2023-07-01", "2025-06-30").purposeFulfilledOn(LocalDate.parse("2024-10-15"));
        List<PlannedDeadline> plan = DeadlineSchedule.plan(facts, GK);
        assertEquals(dates("2024-04-30"), due(plan, DeadlineKind.INTERIM_PROOF));
        assertEquals(dates("2026-06-30"), due(plan, DeadlineKind.FINAL_PROOF));
    }

    @Test
    void purposeFulfilledOnTheLastDayChangesNothing() {
        ProjectFacts facts = period("2023-07-01", "2025-06-30").purposeFulfilledOn(LocalDate.parse("2025-06-30"));
        assertEquals(dates("2025-12-31"), due(DeadlineSchedule.plan(facts, P), DeadlineKind.FINAL_PROOF));
    }

    @Test
    void approvedExtensionMovesTheDeadlines() {
        List<PlannedDeadline> extended = DeadlineSchedule.plan(period("2023-07-01", "2026-03-31"), P);
        assertEquals(dates("2024-04-30", "2025-04-30", "2026-04-30"), due(extended, DeadlineKind.INTERIM_PROOF));
        assertEquals(dates("2026-09-30"), due(extended, DeadlineKind.FINAL_PROOF));
        assertEquals(dates("2027-03-31"), due(DeadlineSchedule.plan(period("2023-07-01", "2026-03-31"), GK),
                DeadlineKind.FINAL_PROOF));
    }

    @Test
    void finalProofIsDueAtTheEndOfTheMonthEvenWhenThePeriodEndsMidMonth() {
        assertEquals(dates("2025-12-31"), due(DeadlineSchedule.plan(period("2023-06-16", "2025-06-15"), P),
                DeadlineKind.FINAL_PROOF));
        assertEquals(dates("2026-02-28"), due(DeadlineSchedule.plan(period("2023-08-31", "2025-08-31"), P),
                DeadlineKind.FINAL_PROOF));
    }

    @Test
    void spendWindowIsSixWeeksUnderAnbestPAndTwoMonthsUnderAnbestGk() {
        assertEquals(LocalDate.parse("2024-04-12"), DeadlineSchedule.spendBy(LocalDate.parse("2024-03-01"), P));
        assertEquals(LocalDate.parse("2024-05-01"), DeadlineSchedule.spendBy(LocalDate.parse("2024-03-01"), GK));
        assertEquals(LocalDate.parse("2025-02-28"), DeadlineSchedule.spendBy(LocalDate.parse("2024-12-31"), GK));
    }

    @Test
    void milestonesDisbursementsAndReceiptRetentionArePlanned() {
        ProjectFacts facts = new ProjectFacts(new GrantPeriod(LocalDate.parse("2023-07-01"),
                LocalDate.parse("2025-06-30")), null,
                List.of(new ProjectFacts.MilestoneFact(7, "Kick-Off", LocalDate.parse("2023-09-30"))),
                List.of(new ProjectFacts.DisbursementFact(9, LocalDate.parse("2024-03-01"), new BigDecimal("1000.00"))),
                LocalDate.parse("2025-11-14"));
        List<PlannedDeadline> plan = DeadlineSchedule.plan(facts, P);
        assertEquals(dates("2023-09-30"), due(plan, DeadlineKind.MILESTONE));
        assertEquals("MILESTONE:7", plan.get(0).key());
        assertEquals(dates("2024-04-12"), due(plan, DeadlineKind.SPEND_DISBURSEMENT));
        assertEquals(dates("2030-11-14"), due(plan, DeadlineKind.RECEIPT_RETENTION));
        assertTrue(plan.stream().map(PlannedDeadline::dueOn).toList().equals(
                plan.stream().map(PlannedDeadline::dueOn).sorted().toList()), "ordered by due date");
    }

    @Test
    void noReceiptRetentionBeforeTheFinalProofIsSubmitted() {
        assertTrue(due(DeadlineSchedule.plan(period("2023-07-01", "2025-06-30"), P), DeadlineKind.RECEIPT_RETENTION)
                .isEmpty());
    }

    @Test
    void projectOverridesReplaceSingleRules() {
        Rules overridden = P.with(new RuleOverrides(3, 9, false, "P1M", null, 10, null, "Bescheid vom 1.6.2023"));
        List<PlannedDeadline> plan = DeadlineSchedule.plan(period("2023-07-01", "2025-06-30")
                .purposeFulfilledOn(LocalDate.parse("2024-10-15")), overridden);
        assertEquals(dates("2024-03-31"), due(plan, DeadlineKind.INTERIM_PROOF));
        assertEquals(dates("2026-03-31"), due(plan, DeadlineKind.FINAL_PROOF));
        assertEquals(LocalDate.parse("2024-04-01"), DeadlineSchedule.spendBy(LocalDate.parse("2024-03-01"), overridden));
        assertEquals(P.version(), overridden.version());
        assertEquals(new BigDecimal("20.00"), overridden.costLineTolerancePercent());
    }
}
