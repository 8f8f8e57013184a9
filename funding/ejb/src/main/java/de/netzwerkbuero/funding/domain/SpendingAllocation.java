package de.netzwerkbuero.funding.domain;

import de.netzwerkbuero.funding.domain.ProjectFacts.DisbursementFact;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Which disbursement was spent when. Disbursed funds are used first in, first out, and only the funded share
 * of each expenditure uses them (the rest is the grantee's own share). Expenditures made before a payout
 * count as soon as it arrives: the payout reimburses them.
 */
public final class SpendingAllocation {

    private static final int WORK_SCALE = 6;

    private SpendingAllocation() {
    }

    public record Spending(LocalDate on, BigDecimal amount) {
    }

    /** How one disbursement was used; {@code spentOn} is {@code null} while it is not fully covered. */
    public record Use(long disbursementId, LocalDate payoutOn, BigDecimal amount, LocalDate spendBy, LocalDate spentOn,
                      BigDecimal unspentAtSpendBy) {

        public boolean spentInTime() {
            return spentOn != null && !spentOn.isAfter(spendBy);
        }

        /** Late: spent after the window closed, or the window closed before {@code today} and it is not spent. */
        public boolean late(LocalDate today) {
            return spentOn != null ? spentOn.isAfter(spendBy) : today.isAfter(spendBy);
        }
    }

    /** @param fundedShare the part of each expenditure paid from the grant, between 0 and 1 */
    public static List<Use> allocate(List<DisbursementFact> disbursements, List<Spending> expenditures,
                                     BigDecimal fundedShare, Rules rules) {
        List<DisbursementFact> byPayout = disbursements.stream()
                .sorted(Comparator.comparing(DisbursementFact::payoutOn).thenComparing(DisbursementFact::id)).toList();
        List<Spending> byDate = expenditures.stream().sorted(Comparator.comparing(Spending::on)).toList();
        List<Use> uses = new ArrayList<>();
        BigDecimal disbursedBefore = BigDecimal.ZERO;
        for (DisbursementFact d : byPayout) {
            BigDecimal disbursedThrough = disbursedBefore.add(d.amount());
            LocalDate spendBy = DeadlineSchedule.spendBy(d.payoutOn(), rules);
            LocalDate coveredOn = firstDayCovering(byDate, fundedShare, disbursedThrough);
            LocalDate spentOn = coveredOn == null ? null : later(coveredOn, d.payoutOn());
            BigDecimal fundedBySpendBy = fundedUntil(byDate, fundedShare, spendBy);
            BigDecimal unspent = disbursedThrough.subtract(fundedBySpendBy.max(disbursedBefore))
                    .max(BigDecimal.ZERO).min(d.amount()).setScale(2, RoundingMode.HALF_UP);
            uses.add(new Use(d.id(), d.payoutOn(), d.amount(), spendBy, spentOn, unspent));
            disbursedBefore = disbursedThrough;
        }
        return uses;
    }

    /** The part of each expenditure the grant pays: approved / (approved + own share). */
    public static BigDecimal fundedShare(BigDecimal approvedAmount, BigDecimal ownShare) {
        BigDecimal total = approvedAmount.add(ownShare == null ? BigDecimal.ZERO : ownShare);
        return total.signum() == 0 ? BigDecimal.ONE : approvedAmount.divide(total, WORK_SCALE, RoundingMode.HALF_UP);
    }

    /** The funded share of everything spent up to and including {@code day}. */
    public static BigDecimal fundedUntil(List<Spending> byDate, BigDecimal share, LocalDate day) {
        return byDate.stream().filter(s -> !s.on().isAfter(day)).map(s -> s.amount().multiply(share))
                .reduce(BigDecimal.ZERO, BigDecimal::add).setScale(WORK_SCALE, RoundingMode.HALF_UP);
    }

    private static LocalDate firstDayCovering(List<Spending> byDate, BigDecimal share, BigDecimal target) {
        BigDecimal funded = BigDecimal.ZERO;
        BigDecimal tolerance = new BigDecimal("0.005");
        for (Spending s : byDate) {
            funded = funded.add(s.amount().multiply(share));
            if (funded.add(tolerance).compareTo(target) >= 0) {
                return s.on();
            }
        }
        return null;
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
