package de.netzwerkbuero.funding.boundary;

import de.netzwerkbuero.funding.api.ReportKind;
import de.netzwerkbuero.funding.domain.Deadline;
import de.netzwerkbuero.funding.domain.DeadlineKeys;
import de.netzwerkbuero.funding.domain.DeadlineSchedule;
import de.netzwerkbuero.funding.domain.Disbursement;
import de.netzwerkbuero.funding.domain.Expenditure;
import de.netzwerkbuero.funding.domain.Fulfilment;
import de.netzwerkbuero.funding.domain.Milestone;
import de.netzwerkbuero.funding.domain.PlannedDeadline;
import de.netzwerkbuero.funding.domain.Project;
import de.netzwerkbuero.funding.domain.ProjectFacts;
import de.netzwerkbuero.funding.domain.Report;
import de.netzwerkbuero.funding.domain.Rules;
import de.netzwerkbuero.funding.domain.SpendingAllocation;
import de.netzwerkbuero.funding.infrastructure.DeadlineRepository;
import de.netzwerkbuero.funding.infrastructure.FinanceRepository;
import de.netzwerkbuero.funding.infrastructure.MilestoneRepository;
import de.netzwerkbuero.funding.infrastructure.ReportRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Keeps a project's stored deadlines in step with the engine, in the caller's transaction, after every
 * change that moves them. Deadlines already fulfilled are frozen and keep their date and rule version;
 * open ones follow the current rules; open ones the plan no longer has are dropped.
 */
@ApplicationScoped
public class DeadlinePlanner {

    @Inject
    private DeadlineRepository deadlines;
    @Inject
    private MilestoneRepository milestones;
    @Inject
    private ReportRepository reports;
    @Inject
    private FinanceRepository finances;
    @Inject
    private RulesInForce rulesInForce;

    private record Done(Fulfilment fulfilment, LocalDate on) {
    }

    public void refresh(Project project) {
        List<Deadline> stored = deadlines.byProject(project.getId());
        Map<String, Deadline> byKey = new HashMap<>();
        stored.forEach(d -> byKey.put(d.getKey(), d));
        if (!project.hasObligations()) {
            stored.stream().filter(d -> !d.isFrozen()).forEach(deadlines::remove);
            return;
        }
        Rules rules = rulesInForce.of(project);
        List<Report> projectReports = reports.byProject(project.getId());
        List<Disbursement> disbursed = finances.disbursements(project.getId());
        ProjectFacts facts = new ProjectFacts(project.period(), project.getPurposeFulfilledOn(),
                milestones.byProject(project.getId()).stream().map(DeadlinePlanner::fact).toList(),
                disbursed.stream().map(Disbursement::fact).toList(), finalProofSubmittedOn(projectReports));
        Map<String, Done> done = new HashMap<>();
        projectReports.forEach(r -> done.put(r.getDeadlineKey(), done(r)));
        spending(project, disbursed, rules).forEach(done::put);
        for (PlannedDeadline planned : DeadlineSchedule.plan(facts, rules)) {
            Deadline deadline = byKey.remove(planned.key());
            if (deadline == null) {
                deadline = new Deadline(project.getId(), planned, rules.version());
                deadlines.add(deadline);
            } else {
                deadline.replan(planned, rules.version());
            }
            Done d = done.getOrDefault(planned.key(), new Done(Fulfilment.OPEN, null));
            deadline.fulfil(d.fulfilment(), d.on());
        }
        byKey.values().stream().filter(d -> !d.isFrozen()).forEach(deadlines::remove);
    }

    private Map<String, Done> spending(Project project, List<Disbursement> disbursed, Rules rules) {
        if (disbursed.isEmpty()) {
            return Map.of();
        }
        List<SpendingAllocation.Spending> spent = finances.expenditures(project.getId()).stream()
                .map(Expenditure::spending).toList();
        Map<String, Done> done = new HashMap<>();
        SpendingAllocation.allocate(disbursed.stream().map(Disbursement::fact).toList(), spent,
                        SpendingAllocation.fundedShare(project.getApprovedAmount(), project.getOwnShare()), rules)
                .forEach(use -> done.put(DeadlineKeys.spendDisbursement(use.disbursementId()),
                        use.spentOn() == null ? new Done(Fulfilment.OPEN, null) : new Done(Fulfilment.MET, use.spentOn())));
        return done;
    }

    private static Done done(Report report) {
        LocalDate submitted = report.getLastSubmittedAt() == null ? null : report.getLastSubmittedAt().toLocalDate();
        return switch (report.getStatus()) {
            case SUBMITTED, IN_REVIEW -> new Done(Fulfilment.SUBMITTED, submitted);
            case ACCEPTED -> new Done(Fulfilment.ACCEPTED, submitted);
            case DRAFT, RETURNED -> new Done(Fulfilment.OPEN, null);
        };
    }

    private static LocalDate finalProofSubmittedOn(List<Report> projectReports) {
        return projectReports.stream()
                .filter(r -> r.getKind() == ReportKind.FINAL_PROOF && r.getLastSubmittedAt() != null)
                .map(r -> r.getLastSubmittedAt().toLocalDate()).findFirst().orElse(null);
    }

    private static ProjectFacts.MilestoneFact fact(Milestone m) {
        return new ProjectFacts.MilestoneFact(m.getId(), m.getTitle(), m.getDueOn());
    }
}
