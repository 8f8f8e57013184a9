package de.netzwerkbuero.funding.boundary;

import de.netzwerkbuero.funding.api.CostPlanLineInput;
import de.netzwerkbuero.funding.api.CostPlanLineView;
import de.netzwerkbuero.funding.api.DeadlineKind;
import de.netzwerkbuero.funding.api.DisbursementInput;
import de.netzwerkbuero.funding.api.DisbursementView;
import de.netzwerkbuero.funding.api.ExpenditureInput;
import de.netzwerkbuero.funding.api.ExpenditureView;
import de.netzwerkbuero.funding.api.Finances;
import de.netzwerkbuero.funding.api.FlagView;
import de.netzwerkbuero.funding.api.NumericalProof;
import de.netzwerkbuero.funding.api.NumericalProofLine;
import de.netzwerkbuero.funding.api.ProjectStatus;
import de.netzwerkbuero.funding.domain.CostPlanLine;
import de.netzwerkbuero.funding.domain.Deadline;
import de.netzwerkbuero.funding.domain.Disbursement;
import de.netzwerkbuero.funding.domain.Expenditure;
import de.netzwerkbuero.funding.domain.Fulfilment;
import de.netzwerkbuero.funding.domain.Project;
import de.netzwerkbuero.funding.domain.SpendingAllocation;
import de.netzwerkbuero.funding.infrastructure.DeadlineRepository;
import de.netzwerkbuero.funding.infrastructure.FinanceRepository;
import de.netzwerkbuero.funding.infrastructure.ProjectRepository;
import de.netzwerkbuero.platform.api.Roles;
import de.netzwerkbuero.platform.api.audit.AuditRecord;
import de.netzwerkbuero.platform.api.audit.AuditTrail;
import de.netzwerkbuero.platform.api.clock.BusinessClock;
import de.netzwerkbuero.platform.api.error.RuleViolationException;
import de.netzwerkbuero.platform.api.error.Violations;
import de.netzwerkbuero.platform.api.paging.Page;
import de.netzwerkbuero.platform.api.paging.PageRequest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Finances: the office plans, the lead (and the office) records money in and out, everyone who sees the project reads. */
@Stateless
@RolesAllowed({Roles.OFFICE, Roles.PROJECT_LEAD, Roles.AUDITOR})
public class FinancesBean implements Finances {

    private static final String DISBURSEMENT = "Disbursement";
    private static final String EXPENDITURE = "Expenditure";

    @Inject
    private FinanceRepository finances;
    @Inject
    private ProjectRepository projects;
    @Inject
    private DeadlineRepository deadlines;
    @Inject
    private ProjectAccess access;
    @Inject
    private DeadlinePlanner planner;
    @Inject
    private FinanceEvaluation evaluation;
    @Inject
    private RulesInForce rules;
    @EJB
    private AuditTrail audit;
    @EJB
    private BusinessClock clock;

    @Override
    public List<CostPlanLineView> costPlan(long projectId) {
        access.readable(projectId);
        return finances.costPlan(projectId).stream().map(Views::costPlanLine).toList();
    }

    @Override
    @RolesAllowed(Roles.OFFICE)
    public List<CostPlanLineView> replaceCostPlan(long projectId, List<CostPlanLineInput> lines) {
        Project project = access.forOffice(projectId);
        if (!project.acceptsFinances() && project.getStatus() != ProjectStatus.DRAFT) {
            throw closedForFinances(project);
        }
        List<CostPlanLineInput> in = lines == null ? List.of() : lines;
        checkPlan(in, project);
        String before = describe(finances.costPlan(projectId));
        finances.replaceCostPlan(projectId, in.stream()
                .map(l -> new CostPlanLine(projectId, l.category(), l.year(), Checks.euros(l.amount()))).toList());
        List<CostPlanLine> after = finances.costPlan(projectId);
        audit.record(AuditRecord.of("COST_PLAN_REPLACED", ProjectAccess.PROJECT, projectId)
                .change("costPlan", before, describe(after)));
        return after.stream().map(Views::costPlanLine).toList();
    }

    @Override
    public List<DisbursementView> disbursements(long projectId) {
        Project project = access.readable(projectId);
        Map<Long, SpendingAllocation.Use> uses = evaluation.evaluate(project, clock.today()).uses().stream()
                .collect(Collectors.toMap(SpendingAllocation.Use::disbursementId, Function.identity()));
        return finances.disbursements(projectId).stream().map(d -> Views.disbursement(d, uses.get(d.getId()))).toList();
    }

    @Override
    @RolesAllowed({Roles.OFFICE, Roles.PROJECT_LEAD})
    public DisbursementView recordDisbursement(long projectId, DisbursementInput in) {
        Project project = access.writableByLeadOrOffice(projectId);
        requireOpenForFinances(project);
        LocalDate today = clock.today();
        Violations v = new Violations();
        Checks.amount(v, in.amount(), "amount", false);
        v.require(in.payoutOn() != null, "payoutOn", "required", "must not be empty");
        v.require(in.payoutOn() == null || !in.payoutOn().isAfter(today), "payoutOn", "inFuture",
                "must not be in the future");
        Checks.optionalText(v, in.reference(), "reference", 100);
        v.throwIfAny();
        projects.lock(project);
        BigDecimal total = finances.disbursedTotal(projectId).add(in.amount());
        if (total.compareTo(project.getApprovedAmount()) > 0) {
            throw new RuleViolationException("funding.disbursementExceedsApproved",
                    "Disbursements would total {0} EUR, more than the approved {1} EUR.", total,
                    project.getApprovedAmount());
        }
        requireInterimProofAcceptedIfHeld(project, today);
        Disbursement d = new Disbursement(projectId, Checks.euros(in.amount()), in.payoutOn(), in.reference(),
                access.user(), clock.nowInOffice());
        finances.add(d);
        planner.refresh(project);
        audit.record(AuditRecord.of("DISBURSEMENT_RECORDED", DISBURSEMENT, d.getId()).set("projectId", projectId)
                .set("amount", d.getAmount()).set("payoutOn", d.getPayoutOn()).set("reference", d.getReference()));
        return Views.disbursement(d, evaluation.evaluate(project, today).uses().stream()
                .filter(u -> u.disbursementId() == d.getId()).findFirst().orElse(null));
    }

    @Override
    public Page<ExpenditureView> expenditures(long projectId, PageRequest page) {
        access.readable(projectId);
        return finances.expenditures(projectId, page).map(Views::expenditure);
    }

    @Override
    @RolesAllowed({Roles.OFFICE, Roles.PROJECT_LEAD})
    public ExpenditureView recordExpenditure(long projectId, ExpenditureInput in) {
        Project project = access.writableByLeadOrOffice(projectId);
        requireOpenForFinances(project);
        Violations v = new Violations();
        v.require(in.spentOn() != null, "spentOn", "required", "must not be empty");
        v.require(in.spentOn() == null || !in.spentOn().isAfter(clock.today()), "spentOn", "inFuture",
                "must not be in the future");
        Checks.text(v, in.category(), "category", 100);
        Checks.amount(v, in.amount(), "amount", false);
        Checks.text(v, in.receiptReference(), "receiptReference", 100);
        Checks.optionalText(v, in.description(), "description", 1000);
        Optional<String> category = plannedCategory(projectId, in.category());
        v.require(in.category() == null || category.isPresent(), "category", "notInCostPlan",
                "must be a category of the cost plan");
        v.throwIfAny();
        Expenditure e = new Expenditure(projectId, in.spentOn(), category.get(), Checks.euros(in.amount()),
                in.receiptReference(), in.description(), access.user(), clock.nowInOffice());
        finances.add(e);
        planner.refresh(project);
        audit.record(AuditRecord.of("EXPENDITURE_RECORDED", EXPENDITURE, e.getId()).set("projectId", projectId)
                .set("spentOn", e.getSpentOn()).set("category", e.getCategory()).set("amount", e.getAmount())
                .set("receiptReference", e.getReceiptReference()).set("description", e.getDescription()));
        return Views.expenditure(e);
    }

    @Override
    public List<FlagView> flags(long projectId) {
        return evaluation.evaluate(access.readable(projectId), clock.today()).flags();
    }

    @Override
    public NumericalProof numericalProof(long projectId) {
        Project project = access.readable(projectId);
        LocalDate today = clock.today();
        FinanceEvaluation.Evaluation e = evaluation.evaluate(project, today);
        List<NumericalProofLine> lines = FinanceEvaluation.lines(e.plan(), e.expenditures()).stream()
                .map(l -> new NumericalProofLine(l.category(), l.planned(), l.spent(), l.spent().subtract(l.planned()),
                        l.planned().signum() == 0 ? null : l.spent().subtract(l.planned())
                                .multiply(BigDecimal.valueOf(100)).divide(l.planned(), 2, RoundingMode.HALF_UP)))
                .toList();
        BigDecimal planned = sum(e.plan().stream().map(CostPlanLine::getAmount).toList());
        BigDecimal spent = sum(e.expenditures().stream().map(Expenditure::getAmount).toList());
        BigDecimal disbursed = sum(e.disbursements().stream().map(Disbursement::getAmount).toList());
        BigDecimal funded = SpendingAllocation.fundedUntil(e.expenditures().stream().map(Expenditure::spending)
                .toList(), e.fundedShare(), LocalDate.MAX);
        BigDecimal notYetSpent = disbursed.subtract(funded).max(BigDecimal.ZERO).setScale(2, RoundingMode.HALF_UP);
        return new NumericalProof(projectId, lines, planned, spent, project.getApprovedAmount(), project.getOwnShare(),
                disbursed, notYetSpent, e.flags());
    }

    /** With a hold, no payout while the last interim proof that fell due is not accepted. */
    private void requireInterimProofAcceptedIfHeld(Project project, LocalDate today) {
        if (!rules.programme(project).holdsDisbursementUntilInterimProofAccepted()) {
            return;
        }
        deadlines.byProject(project.getId()).stream()
                .filter(d -> d.getKind() == DeadlineKind.INTERIM_PROOF && !d.getDueOn().isAfter(today))
                .max(Comparator.comparing(Deadline::getDueOn))
                .filter(d -> d.getFulfilment() != Fulfilment.ACCEPTED)
                .ifPresent(d -> {
                    throw new RuleViolationException("funding.disbursementHeld",
                            "The programme holds further disbursements until the interim proof {0} is accepted.",
                            d.getFiscalYear());
                });
    }

    /** The plan's spelling of the category; any category while there is no cost plan. */
    private Optional<String> plannedCategory(long projectId, String category) {
        if (category == null) {
            return Optional.empty();
        }
        List<CostPlanLine> plan = finances.costPlan(projectId);
        if (plan.isEmpty()) {
            return Optional.of(category.trim());
        }
        return plan.stream().map(CostPlanLine::getCategory).filter(c -> c.equalsIgnoreCase(category.trim()))
                .findFirst();
    }

    private static void checkPlan(List<CostPlanLineInput> lines, Project project) {
        Violations v = new Violations();
        Set<String> seen = new HashSet<>();
        int first = project.getPeriodStart().getYear();
        int last = project.getPeriodEnd().getYear();
        for (int i = 0; i < lines.size(); i++) {
            CostPlanLineInput l = lines.get(i);
            String field = "lines[" + i + "]";
            Checks.text(v, l.category(), field + ".category", 100);
            Checks.amount(v, l.amount(), field + ".amount", true);
            v.require(l.year() >= first && l.year() <= last, field + ".year", "outsidePeriod",
                    "must be a year of the grant period (" + first + "–" + last + ")");
            if (l.category() != null) {
                v.require(seen.add(l.category().trim().toLowerCase() + "/" + l.year()), field, "duplicate",
                        "names a category and year twice");
            }
        }
        v.throwIfAny();
    }

    private static void requireOpenForFinances(Project project) {
        if (!project.acceptsFinances()) {
            throw closedForFinances(project);
        }
    }

    private static RuleViolationException closedForFinances(Project project) {
        return new RuleViolationException("funding.projectClosedForFinances",
                "A project in status {0} takes no financial records.", project.getStatus());
    }

    private static String describe(List<CostPlanLine> plan) {
        return plan.stream().map(l -> l.getCategory() + "/" + l.getYear() + "=" + l.getAmount())
                .collect(Collectors.joining("; "));
    }

    private static BigDecimal sum(List<BigDecimal> amounts) {
        return amounts.stream().reduce(BigDecimal.ZERO, BigDecimal::add).setScale(2, RoundingMode.HALF_UP);
    }
}
