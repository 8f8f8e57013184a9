package de.netzwerkbuero.funding.boundary;

import de.netzwerkbuero.funding.api.ProjectAction;
import de.netzwerkbuero.funding.api.ProjectDetails;
import de.netzwerkbuero.funding.api.ProjectFilter;
import de.netzwerkbuero.funding.api.ProjectInput;
import de.netzwerkbuero.funding.api.ProjectStatus;
import de.netzwerkbuero.funding.api.ProjectView;
import de.netzwerkbuero.funding.api.Projects;
import de.netzwerkbuero.funding.api.ReportStatus;
import de.netzwerkbuero.funding.api.RuleOverrides;
import de.netzwerkbuero.funding.domain.DeadlineKeys;
import de.netzwerkbuero.funding.domain.Project;
import de.netzwerkbuero.funding.infrastructure.ProjectRepository;
import de.netzwerkbuero.funding.infrastructure.ReportRepository;
import de.netzwerkbuero.membership.api.MemberDirectory;
import de.netzwerkbuero.membership.api.MemberSummary;
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

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/** Projects: the office runs them, auditors read all, leads read their own. */
@Stateless
@RolesAllowed({Roles.OFFICE, Roles.PROJECT_LEAD, Roles.AUDITOR})
public class ProjectsBean implements Projects {

    @Inject
    private ProjectRepository projects;
    @Inject
    private ReportRepository reports;
    @Inject
    private ProjectAccess access;
    @Inject
    private ProjectInputCheck inputCheck;
    @Inject
    private DeadlinePlanner planner;
    @Inject
    private RulesInForce rules;
    @EJB
    private MemberDirectory members;
    @EJB
    private AuditTrail audit;
    @EJB
    private BusinessClock clock;

    @Override
    public Page<ProjectView> list(ProjectFilter filter, PageRequest page) {
        return projects.page(filter == null ? ProjectFilter.none() : filter, access.leadScope(), clock.today(), page)
                .map(Views::project);
    }

    @Override
    public ProjectView get(long id) {
        return Views.project(access.readable(id));
    }

    @Override
    public ProjectDetails details(long id) {
        Project p = access.readable(id);
        return new ProjectDetails(Views.project(p), rules.programme(p).getName(),
                members.find(p.getMemberId()).map(MemberSummary::name).orElse(null), p.getPurposeFulfilledOn(),
                Views.ruleSet(rules.of(p), null), p.ruleOverrides(),
                projects.events(id).stream().map(Views::event).toList());
    }

    @Override
    @RolesAllowed(Roles.OFFICE)
    public ProjectView create(ProjectInput in) {
        ProjectInputCheck.Checked checked = inputCheck.check(in, null, null);
        Project p = new Project(checked.programme().getId(), in.memberId(), in.title(), in.fundingReference(),
                checked.period(), Checks.euros(in.approvedAmount()), Checks.euros(in.ownShare()), in.leadUsername());
        projects.add(p);
        AuditRecord record = AuditRecord.of("PROJECT_CREATED", ProjectAccess.PROJECT, p.getId());
        snapshot(p).forEach(record::set);
        audit.record(record);
        return Views.project(p);
    }

    @Override
    @RolesAllowed(Roles.OFFICE)
    public ProjectView update(long id, long expectedVersion, ProjectInput in) {
        Project p = access.forOffice(id);
        Checks.version(ProjectAccess.PROJECT, id, expectedVersion, p.getVersion());
        ProjectInputCheck.Checked checked = inputCheck.check(in, p.getId(), p.getMemberId());
        Map<String, Object> before = snapshot(p);
        p.assign(checked.programme().getId(), in.memberId());
        p.describe(in.title(), in.fundingReference(), Checks.euros(in.approvedAmount()), Checks.euros(in.ownShare()),
                in.leadUsername());
        if (!checked.period().equals(p.period())) {
            p.reschedule(checked.period());
        }
        p.advanceByDate(clock.today());
        planner.refresh(p);
        recordChanges("PROJECT_CHANGED", p, before);
        return Views.project(p);
    }

    @Override
    @RolesAllowed(Roles.OFFICE)
    public ProjectView transition(long id, long expectedVersion, ProjectAction action) {
        Project p = access.forOffice(id);
        Checks.version(ProjectAccess.PROJECT, id, expectedVersion, p.getVersion());
        Map<String, Object> before = snapshot(p);
        LocalDate today = clock.today();
        switch (action) {
            case APPROVE -> {
                p.approve();
                p.advanceByDate(today);
            }
            case START -> {
                if (today.isBefore(p.getPeriodStart())) {
                    throw new RuleViolationException("funding.notYetStarted",
                            "The grant period only starts on {0}.", p.getPeriodStart());
                }
                p.start();
            }
            case END -> p.end();
            case CLOSE -> {
                requireFinalProofAccepted(p);
                p.close();
            }
            case CANCEL -> p.cancel();
        }
        planner.refresh(p);
        recordChanges("PROJECT_" + action, p, before);
        return Views.project(p);
    }

    @Override
    @RolesAllowed(Roles.OFFICE)
    public ProjectView recordPurposeFulfilled(long id, long expectedVersion, LocalDate on) {
        Project p = access.forOffice(id);
        Checks.version(ProjectAccess.PROJECT, id, expectedVersion, p.getVersion());
        new Violations().require(on != null, "on", "required", "must not be empty").throwIfAny();
        Map<String, Object> before = snapshot(p);
        p.purposeFulfilled(on);
        p.advanceByDate(clock.today());
        planner.refresh(p);
        recordChanges("PROJECT_PURPOSE_FULFILLED", p, before);
        return Views.project(p);
    }

    @Override
    @RolesAllowed(Roles.OFFICE)
    public ProjectView overrideRules(long id, long expectedVersion, RuleOverrides overrides) {
        Project p = access.forOffice(id);
        Checks.version(ProjectAccess.PROJECT, id, expectedVersion, p.getVersion());
        RuleOverrides o = overrides == null ? RuleOverrides.none() : overrides;
        check(o);
        Map<String, Object> before = snapshot(p);
        p.overrideRules(o);
        planner.refresh(p);
        recordChanges("PROJECT_RULES_OVERRIDDEN", p, before);
        return Views.project(p);
    }

    private void requireFinalProofAccepted(Project p) {
        boolean accepted = reports.byDeadlineKey(p.getId(), DeadlineKeys.finalProof())
                .map(r -> r.getStatus() == ReportStatus.ACCEPTED).orElse(false);
        if (!accepted) {
            throw new RuleViolationException("funding.finalProofNotAccepted",
                    "A project can only be closed once its final proof was accepted.");
        }
    }

    private static void check(RuleOverrides o) {
        Violations v = new Violations();
        range(v, o.interimProofMonthsAfterYearEnd(), "interimProofMonthsAfterYearEnd", 24);
        range(v, o.finalProofMonthsAfterEnd(), "finalProofMonthsAfterEnd", 36);
        range(v, o.receiptRetentionYears(), "receiptRetentionYears", 30);
        v.require(o.costLineTolerancePercent() == null || RuleSetsBean.percent(o.costLineTolerancePercent()),
                "costLineTolerancePercent", "outOfRange", "must be between 0 and 100");
        v.require(o.interestPointsAboveBaseRate() == null || RuleSetsBean.percent(o.interestPointsAboveBaseRate()),
                "interestPointsAboveBaseRate", "outOfRange", "must be between 0 and 100");
        if (o.spendWindow() != null) {
            RuleSetsBean.spendWindow(o.spendWindow(), v);
        }
        Checks.optionalText(v, o.basis(), "basis", 500);
        v.throwIfAny();
    }

    private static void range(Violations v, Integer value, String field, int max) {
        v.require(value == null || (value >= 0 && value <= max), field, "outOfRange", "must be between 0 and " + max);
    }

    private void recordChanges(String action, Project p, Map<String, Object> before) {
        AuditRecord record = AuditRecord.of(action, ProjectAccess.PROJECT, p.getId());
        snapshot(p).forEach((field, after) -> record.change(field, before.get(field), after));
        audit.record(record);
    }

    static Map<String, Object> snapshot(Project p) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("programId", p.getProgrammeId());
        s.put("memberId", p.getMemberId());
        s.put("title", p.getTitle());
        s.put("fundingReference", p.getFundingReference());
        s.put("periodStart", p.getPeriodStart());
        s.put("periodEnd", p.getPeriodEnd());
        s.put("approvedAmount", p.getApprovedAmount());
        s.put("ownShare", p.getOwnShare());
        s.put("leadUsername", p.getLeadUsername());
        s.put("status", p.getStatus());
        s.put("purposeFulfilledOn", p.getPurposeFulfilledOn());
        s.put("ruleOverrides", p.ruleOverrides().equals(RuleOverrides.none()) ? null : p.ruleOverrides());
        return s;
    }

    /** The calendar's status changes of one project, audited; used by the daily job. */
    static void recordCalendarChanges(AuditTrail audit, Project p, ProjectStatus from) {
        audit.record(AuditRecord.of("PROJECT_STATUS_BY_DATE", ProjectAccess.PROJECT, p.getId())
                .change("status", from, p.getStatus()));
    }
}
