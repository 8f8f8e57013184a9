package de.netzwerkbuero.funding.domain;

import de.netzwerkbuero.funding.api.DeadlineKind;
import de.netzwerkbuero.funding.api.DeadlineStatus;
import de.netzwerkbuero.funding.api.LegalBasis;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DeadlineStatusTest {

    private static final LocalDate DUE = LocalDate.parse("2025-04-30");

    private static DeadlineStatus on(String today, Fulfilment f) {
        return DeadlineStatusRule.status(DeadlineKind.INTERIM_PROOF, f, DUE, LocalDate.parse(today), 14);
    }

    @Test
    void openDeadlinesAreDueSoonWithinFourteenDaysAndOverdueAfterTheDueDate() {
        assertEquals(DeadlineStatus.OPEN, on("2025-04-15", Fulfilment.OPEN));
        assertEquals(DeadlineStatus.DUE_SOON, on("2025-04-16", Fulfilment.OPEN));
        assertEquals(DeadlineStatus.DUE_SOON, on("2025-04-30", Fulfilment.OPEN));
        assertEquals(DeadlineStatus.OVERDUE, on("2025-05-01", Fulfilment.OPEN));
    }

    @Test
    void fulfilledDeadlinesShowWhatWasDone() {
        assertEquals(DeadlineStatus.SUBMITTED, on("2025-06-01", Fulfilment.SUBMITTED));
        assertEquals(DeadlineStatus.ACCEPTED, on("2025-06-01", Fulfilment.ACCEPTED));
        assertEquals(DeadlineStatus.MET, on("2025-06-01", Fulfilment.MET));
    }

    @Test
    void receiptRetentionIsNeverOverdue() {
        assertEquals(DeadlineStatus.OPEN, DeadlineStatusRule.status(DeadlineKind.RECEIPT_RETENTION, Fulfilment.OPEN,
                DUE, DUE, 14));
        assertEquals(DeadlineStatus.MET, DeadlineStatusRule.status(DeadlineKind.RECEIPT_RETENTION, Fulfilment.OPEN,
                DUE, DUE.plusDays(1), 14));
        assertFalse(DeadlineStatusRule.overdue(DeadlineKind.RECEIPT_RETENTION, Fulfilment.OPEN, DUE, DUE.plusYears(1)));
        assertTrue(DeadlineStatusRule.overdue(DeadlineKind.FINAL_PROOF, Fulfilment.OPEN, DUE, DUE.plusDays(1)));
    }

    @Test
    void aMetDeadlineIsFrozenAgainstRuleChanges() {
        PlannedDeadline underV1 = new PlannedDeadline("FINAL_PROOF", DeadlineKind.FINAL_PROOF, "Final proof",
                LocalDate.parse("2025-12-31"), null);
        Deadline stored = new Deadline(1, underV1, 1);
        PlannedDeadline underV2 = new PlannedDeadline("FINAL_PROOF", DeadlineKind.FINAL_PROOF, "Final proof",
                LocalDate.parse("2026-03-31"), null);
        assertTrue(stored.replan(underV2, 2), "open deadlines follow a new rule set");
        assertEquals(LocalDate.parse("2026-03-31"), stored.getDueOn());

        stored.fulfil(Fulfilment.SUBMITTED, LocalDate.parse("2026-01-10"));
        assertFalse(stored.replan(new PlannedDeadline("FINAL_PROOF", DeadlineKind.FINAL_PROOF, "Final proof",
                LocalDate.parse("2026-06-30"), null), 3));
        assertEquals(LocalDate.parse("2026-03-31"), stored.getDueOn());
        assertEquals(2, stored.getRuleSetVersion());

        stored.fulfil(Fulfilment.OPEN, null);
        assertTrue(stored.isFrozen(), "a returned report reopens the deadline, but its date stays");
        assertNull(stored.getFulfilledOn());
    }

    @Test
    void remindersGoFourteenAndThreeDaysBeforeAndOnlyTheLatestAfterDowntime() {
        Rules rules = Rules.defaults(LegalBasis.ANBEST_P);
        assertEquals(14, rules.dueSoonDays());
        assertNull(ReminderKind.dueFor(15, 14, 3));
        assertEquals(ReminderKind.FIRST, ReminderKind.dueFor(14, 14, 3));
        assertEquals(ReminderKind.FIRST, ReminderKind.dueFor(4, 14, 3));
        assertEquals(ReminderKind.LAST, ReminderKind.dueFor(3, 14, 3));
        assertEquals(ReminderKind.LAST, ReminderKind.dueFor(0, 14, 3));
        assertNull(ReminderKind.dueFor(-1, 14, 3));
    }
}
