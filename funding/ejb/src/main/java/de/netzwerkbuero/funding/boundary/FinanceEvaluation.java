package de.netzwerkbuero.funding.boundary;

import de.netzwerkbuero.funding.api.FlagKind;
import de.netzwerkbuero.funding.api.FlagView;
import de.netzwerkbuero.funding.domain.CostPlanCheck;
import de.netzwerkbuero.funding.domain.CostPlanLine;
import de.netzwerkbuero.funding.domain.Disbursement;
import de.netzwerkbuero.funding.domain.Expenditure;
import de.netzwerkbuero.funding.domain.InterestEstimate;
import de.netzwerkbuero.funding.domain.Project;
import de.netzwerkbuero.funding.domain.Rules;
import de.netzwerkbuero.funding.domain.SpendingAllocation;
import de.netzwerkbuero.funding.infrastructure.FinanceRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** Applies the finance rules to a project's stored finances: spend windows, interest, cost-plan tolerance. */
@ApplicationScoped
public class FinanceEvaluation {

    @Inject
    private FinanceRepository finances;
    @Inject
    private RulesInForce rulesInForce;

    public record Evaluation(List<CostPlanLine> plan, List<Disbursement> disbursements, List<Expenditure> expenditures,
                             List<SpendingAllocation.Use> uses, List<CostPlanCheck.Result> costLines,
                             BigDecimal fundedShare, List<FlagView> flags) {
    }

    public Evaluation evaluate(Project project, LocalDate today) {
        Rules rules = rulesInForce.of(project);
        List<CostPlanLine> plan = finances.costPlan(project.getId());
        List<Disbursement> disbursements = finances.disbursements(project.getId());
        List<Expenditure> expenditures = finances.expenditures(project.getId());
        BigDecimal share = SpendingAllocation.fundedShare(project.getApprovedAmount(), project.getOwnShare());
        List<SpendingAllocation.Use> uses = SpendingAllocation.allocate(
                disbursements.stream().map(Disbursement::fact).toList(),
                expenditures.stream().map(Expenditure::spending).toList(), share, rules);
        List<CostPlanCheck.Result> costLines = CostPlanCheck.check(lines(plan, expenditures),
                rules.costLineTolerancePercent());
        List<FlagView> flags = new ArrayList<>();
        if (!plan.isEmpty()) {
            costLines.stream().filter(CostPlanCheck.Result::flagged).map(FinanceEvaluation::flag).forEach(flags::add);
        }
        BigDecimal baseRate = InterestEstimate.baseRatePercent();
        uses.stream().filter(u -> u.late(today)).forEach(u -> flags.add(new FlagView(FlagKind.FUNDS_NOT_SPENT_IN_TIME,
                "disbursement " + u.disbursementId(), u.unspentAtSpendBy(),
                InterestEstimate.of(u.unspentAtSpendBy(), u.payoutOn(), u.spentOn() == null ? today : u.spentOn(),
                        baseRate, rules.interestPointsAboveBaseRate()), u.spendBy(),
                u.unspentAtSpendBy() + " EUR of the disbursement of " + u.payoutOn() + " were not spent by "
                        + u.spendBy())));
        expenditures.stream().filter(e -> !project.period().contains(e.getSpentOn())).forEach(e -> flags.add(
                new FlagView(FlagKind.EXPENDITURE_OUTSIDE_PERIOD, "expenditure " + e.getId(), e.getAmount(), null, null,
                        "Spent on " + e.getSpentOn() + ", outside the grant period")));
        return new Evaluation(plan, disbursements, expenditures, uses, costLines, share, flags);
    }

    /** Planned and spent per category over all years; categories only spent in appear with nothing planned. */
    static List<CostPlanCheck.Line> lines(List<CostPlanLine> plan, List<Expenditure> expenditures) {
        Map<String, BigDecimal> planned = plan.stream().collect(Collectors.groupingBy(CostPlanLine::getCategory,
                TreeMap::new, Collectors.reducing(BigDecimal.ZERO, CostPlanLine::getAmount, BigDecimal::add)));
        Map<String, BigDecimal> spent = expenditures.stream().collect(Collectors.groupingBy(Expenditure::getCategory,
                TreeMap::new, Collectors.reducing(BigDecimal.ZERO, Expenditure::getAmount, BigDecimal::add)));
        TreeSet<String> categories = new TreeSet<>(planned.keySet());
        categories.addAll(spent.keySet());
        return categories.stream().map(c -> new CostPlanCheck.Line(c, planned.getOrDefault(c, BigDecimal.ZERO),
                spent.getOrDefault(c, BigDecimal.ZERO))).toList();
    }

    private static FlagView flag(CostPlanCheck.Result r) {
        return r.verdict() == CostPlanCheck.Verdict.BEYOND_TOLERANCE
                ? new FlagView(FlagKind.COST_LINE_EXCEEDED, r.category(), r.overrun().subtract(r.allowedOverrun()), null,
                null, r.category() + " exceeds its plan of " + r.planned() + " EUR by " + r.overrun()
                + " EUR, more than the tolerated " + r.allowedOverrun() + " EUR")
                : new FlagView(FlagKind.COST_OVERRUN_NOT_COMPENSATED, r.category(), r.overrun(), null, null,
                r.category() + " exceeds its plan by " + r.overrun()
                        + " EUR, and savings in other categories do not make up for it");
    }
}
