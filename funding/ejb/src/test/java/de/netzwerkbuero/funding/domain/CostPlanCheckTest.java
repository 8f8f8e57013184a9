package de.netzwerkbuero.funding.domain;

import de.netzwerkbuero.funding.domain.CostPlanCheck.Line;
import de.netzwerkbuero.funding.domain.CostPlanCheck.Verdict;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class CostPlanCheckTest {

    private static final BigDecimal TWENTY = new BigDecimal("20");

    private static Line line(String category, String planned, String spent) {
        return new Line(category, new BigDecimal(planned), new BigDecimal(spent));
    }

    private static List<Verdict> verdicts(Line... lines) {
        return CostPlanCheck.check(List.of(lines), TWENTY).stream().map(CostPlanCheck.Result::verdict).toList();
    }

    @Test
    void exactlyTwentyPercentOverIsToleratedWhenSavedElsewhere() {
        assertEquals(List.of(Verdict.TOLERATED, Verdict.WITHIN_PLAN),
                verdicts(line("Personal", "1000.00", "1200.00"), line("Sachkosten", "1000.00", "800.00")));
    }

    @Test
    void oneCentBeyondTwentyPercentIsFlagged() {
        List<CostPlanCheck.Result> results = CostPlanCheck.check(List.of(line("Personal", "1000.00", "1200.01"),
                line("Sachkosten", "1000.00", "500.00")), TWENTY);
        assertEquals(Verdict.BEYOND_TOLERANCE, results.get(0).verdict());
        assertEquals(new BigDecimal("200.00"), results.get(0).allowedOverrun());
        assertEquals(true, results.get(0).flagged());
    }

    @Test
    void overrunWithinToleranceWithoutSavingsIsFlagged() {
        assertEquals(List.of(Verdict.NOT_COMPENSATED, Verdict.WITHIN_PLAN),
                verdicts(line("Personal", "1000.00", "1100.00"), line("Sachkosten", "1000.00", "1000.00")));
        assertEquals(List.of(Verdict.NOT_COMPENSATED, Verdict.WITHIN_PLAN),
                verdicts(line("Personal", "1000.00", "1100.00"), line("Sachkosten", "1000.00", "950.00")));
    }

    @Test
    void spendingInAnUnplannedCategoryIsBeyondTolerance() {
        assertEquals(List.of(Verdict.BEYOND_TOLERANCE, Verdict.WITHIN_PLAN),
                verdicts(line("Bewirtung", "0", "50.00"), line("Sachkosten", "1000.00", "100.00")));
    }

    @Test
    void underspendingIsWithinPlan() {
        assertEquals(List.of(Verdict.WITHIN_PLAN), verdicts(line("Personal", "1000.00", "0")));
    }
}
