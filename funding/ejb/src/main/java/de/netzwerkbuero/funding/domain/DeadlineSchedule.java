package de.netzwerkbuero.funding.domain;

import de.netzwerkbuero.funding.api.DeadlineKind;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The deadline engine: which deadlines a project has under a set of rules, to the day. Pure: the same facts
 * and rules give the same deadlines, whatever the date.
 */
public final class DeadlineSchedule {

    private DeadlineSchedule() {
    }

    public static List<PlannedDeadline> plan(ProjectFacts facts, Rules rules) {
        List<PlannedDeadline> plan = new ArrayList<>();
        facts.milestones().forEach(m -> plan.add(new PlannedDeadline(DeadlineKeys.milestone(m.id()),
                DeadlineKind.MILESTONE, "Milestone: " + m.title(), m.dueOn(), null)));
        interimProofs(facts, rules, plan);
        plan.add(new PlannedDeadline(DeadlineKeys.finalProof(), DeadlineKind.FINAL_PROOF, "Final proof (Verwendungsnachweis)",
                finalProofDue(facts, rules), null));
        facts.disbursements().forEach(d -> plan.add(new PlannedDeadline(DeadlineKeys.spendDisbursement(d.id()),
                DeadlineKind.SPEND_DISBURSEMENT, "Spend disbursement of " + d.amount() + " EUR paid out " + d.payoutOn(),
                spendBy(d.payoutOn(), rules), null)));
        if (facts.finalProofSubmittedOn() != null) {
            plan.add(new PlannedDeadline(DeadlineKeys.receiptRetention(), DeadlineKind.RECEIPT_RETENTION,
                    "Keep receipts until", facts.finalProofSubmittedOn().plusYears(rules.receiptRetentionYears()), null));
        }
        plan.sort(Comparator.comparing(PlannedDeadline::dueOn).thenComparing(PlannedDeadline::key));
        return plan;
    }

    /**
     * One interim proof for each calendar year in which the project ran and was not finished: the year in
     * which it finishes is covered by the final proof, even when it finishes on 31 December.
     */
    static void interimProofs(ProjectFacts facts, Rules rules, List<PlannedDeadline> plan) {
        int finishedIn = facts.period().finishedOn(facts.purposeFulfilledOn()).getYear();
        for (int year = facts.period().start().getYear(); year < finishedIn; year++) {
            plan.add(new PlannedDeadline(DeadlineKeys.interimProof(year), DeadlineKind.INTERIM_PROOF,
                    "Interim proof " + year, endOfMonthAfter(YearMonth.of(year, 12), rules.interimProofMonthsAfterYearEnd()),
                    year));
        }
    }

    /** End of the n-th month after the grant period ends (or after the purpose was fulfilled, where the rules say so). */
    public static LocalDate finalProofDue(ProjectFacts facts, Rules rules) {
        LocalDate base = rules.finalProofAfterPurposeFulfilled()
                ? facts.period().finishedOn(facts.purposeFulfilledOn())
                : facts.period().end();
        return endOfMonthAfter(YearMonth.from(base), rules.finalProofMonthsAfterEnd());
    }

    /** The last day on which funds paid out on {@code payoutOn} count as spent in time. */
    public static LocalDate spendBy(LocalDate payoutOn, Rules rules) {
        return payoutOn.plus(rules.spendWindow());
    }

    private static LocalDate endOfMonthAfter(YearMonth month, int months) {
        return month.plusMonths(months).atEndOfMonth();
    }
}
