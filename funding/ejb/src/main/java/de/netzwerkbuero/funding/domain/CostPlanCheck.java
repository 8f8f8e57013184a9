package de.netzwerkbuero.funding.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * The cost-plan tolerance rule: a category (over all years) may be exceeded by up to the tolerance
 * (default 20 %) of its planned amount if savings in other categories make up for it; beyond the tolerance,
 * or without such savings, it is flagged.
 */
public final class CostPlanCheck {

    private CostPlanCheck() {
    }

    public enum Verdict { WITHIN_PLAN, TOLERATED, BEYOND_TOLERANCE, NOT_COMPENSATED }

    public record Line(String category, BigDecimal planned, BigDecimal spent) {
    }

    /** {@code allowedOverrun}: the tolerance in euros; {@code overrun}: spent − planned (negative = saved). */
    public record Result(String category, BigDecimal planned, BigDecimal spent, BigDecimal overrun,
                         BigDecimal allowedOverrun, Verdict verdict) {

        public boolean flagged() {
            return verdict == Verdict.BEYOND_TOLERANCE || verdict == Verdict.NOT_COMPENSATED;
        }
    }

    public static List<Result> check(List<Line> lines, BigDecimal tolerancePercent) {
        BigDecimal savings = BigDecimal.ZERO;
        BigDecimal tolerated = BigDecimal.ZERO;
        List<Result> results = new ArrayList<>();
        for (Line line : lines) {
            BigDecimal overrun = line.spent().subtract(line.planned());
            BigDecimal allowed = line.planned().multiply(tolerancePercent).divide(BigDecimal.valueOf(100), 2,
                    RoundingMode.HALF_UP);
            Verdict verdict;
            if (overrun.signum() <= 0) {
                verdict = Verdict.WITHIN_PLAN;
                savings = savings.add(overrun.negate());
            } else if (overrun.compareTo(allowed) <= 0) {
                verdict = Verdict.TOLERATED;
                tolerated = tolerated.add(overrun);
            } else {
                verdict = Verdict.BEYOND_TOLERANCE;
            }
            results.add(new Result(line.category(), line.planned(), line.spent(), overrun, allowed, verdict));
        }
        if (tolerated.compareTo(savings) > 0) {
            results.replaceAll(r -> r.verdict() == Verdict.TOLERATED
                    ? new Result(r.category(), r.planned(), r.spent(), r.overrun(), r.allowedOverrun(),
                    Verdict.NOT_COMPENSATED)
                    : r);
        }
        return results;
    }
}
