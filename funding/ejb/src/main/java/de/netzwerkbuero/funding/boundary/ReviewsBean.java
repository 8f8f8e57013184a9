package de.netzwerkbuero.funding.boundary;

import de.netzwerkbuero.funding.api.FindingInput;
import de.netzwerkbuero.funding.api.FindingView;
import de.netzwerkbuero.funding.api.ReportView;
import de.netzwerkbuero.funding.api.ReviewDecision;
import de.netzwerkbuero.funding.api.Reviews;
import de.netzwerkbuero.funding.domain.Finding;
import de.netzwerkbuero.funding.domain.Milestone;
import de.netzwerkbuero.funding.domain.Project;
import de.netzwerkbuero.funding.domain.Report;
import de.netzwerkbuero.funding.domain.ReportVersion;
import de.netzwerkbuero.funding.infrastructure.MilestoneRepository;
import de.netzwerkbuero.funding.infrastructure.ReportRepository;
import de.netzwerkbuero.platform.api.Roles;
import de.netzwerkbuero.platform.api.audit.AuditRecord;
import de.netzwerkbuero.platform.api.audit.AuditTrail;
import de.netzwerkbuero.platform.api.clock.BusinessClock;
import de.netzwerkbuero.platform.api.error.AccessDeniedException;
import de.netzwerkbuero.platform.api.error.NotFoundException;
import de.netzwerkbuero.platform.api.error.Violations;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.util.List;
import java.util.function.Consumer;

/** Reviews of submitted reports: auditors only, never on a project they lead themselves. */
@Stateless
@RolesAllowed(Roles.AUDITOR)
public class ReviewsBean implements Reviews {

    @Inject
    private ReportRepository reports;
    @Inject
    private MilestoneRepository milestones;
    @Inject
    private ProjectAccess access;
    @Inject
    private DeadlinePlanner planner;
    @EJB
    private AuditTrail audit;
    @EJB
    private BusinessClock clock;

    @Override
    public List<ReportView> awaitingReview(int limit) {
        List<Report> waiting = reports.awaitingReview(Math.max(1, Math.min(limit, 100)));
        return Views.reports(waiting, reports.attachmentsByReport(waiting.stream().map(Report::getId).toList()));
    }

    @Override
    public ReportView startReview(long reportId, long expectedVersion) {
        Report r = reviewable(reportId);
        Checks.version(ReportsBean.REPORT, reportId, expectedVersion, r.getVersion());
        Object before = r.getStatus();
        r.startReview(access.user());
        audit.record(AuditRecord.of("REPORT_REVIEW_STARTED", ReportsBean.REPORT, reportId)
                .change("status", before, r.getStatus()).set("reviewer", r.getReviewer()));
        return Views.report(r, reports.attachments(reportId));
    }

    @Override
    public FindingView addFinding(long reportId, FindingInput finding) {
        Report r = reviewable(reportId);
        return Views.finding(record(r, finding));
    }

    @Override
    @RolesAllowed({Roles.OFFICE, Roles.PROJECT_LEAD, Roles.AUDITOR})
    public List<FindingView> findings(long reportId) {
        Report r = reports.find(reportId).orElseThrow(() -> new NotFoundException(ReportsBean.REPORT, reportId));
        try {
            access.readable(r.getProjectId());
        } catch (NotFoundException e) {
            throw new NotFoundException(ReportsBean.REPORT, reportId);
        }
        return reports.findings(reportId).stream().map(Views::finding).toList();
    }

    @Override
    public ReportView decide(long reportId, long expectedVersion, ReviewDecision decision,
                             List<FindingInput> findings) {
        Report r = reviewable(reportId);
        Checks.version(ReportsBean.REPORT, reportId, expectedVersion, r.getVersion());
        new Violations().require(decision != null, "decision", "required", "must be ACCEPT or RETURN").throwIfAny();
        r.requireDecidable();
        Object before = r.getStatus();
        if (findings != null) {
            findings.forEach(f -> record(r, f));
        }
        ReportVersion current = reports.version(reportId, r.getSubmittedCount())
                .orElseThrow(() -> new IllegalStateException("report " + reportId + " has no submitted version"));
        String reviewer = access.user();
        if (decision == ReviewDecision.ACCEPT) {
            r.accept(current, reviewer, clock.nowInOffice());
            onMilestone(r, Milestone::accepted);
        } else {
            r.returnForRevision(current, reports.findingCount(reportId, current.getNumber()), reviewer,
                    clock.nowInOffice());
            onMilestone(r, Milestone::returned);
        }
        planner.refresh(access.readable(r.getProjectId()));
        audit.record(AuditRecord.of("REPORT_" + (decision == ReviewDecision.ACCEPT ? "ACCEPTED" : "RETURNED"),
                ReportsBean.REPORT, reportId).change("status", before, r.getStatus())
                .set("versionNumber", current.getNumber()).set("reviewer", reviewer));
        return Views.report(r, reports.attachments(reportId));
    }

    private Finding record(Report r, FindingInput in) {
        Violations v = new Violations();
        v.require(in != null && in.severity() != null, "findings.severity", "required",
                "must be INFO, MINOR, MAJOR or CRITICAL");
        Checks.text(v, in == null ? null : in.text(), "findings.text", Finding.MAX_TEXT_LENGTH);
        v.throwIfAny();
        Object before = r.getStatus();
        r.requireUnderReview(access.user());
        Finding f = new Finding(r.getId(), r.getSubmittedCount(), in.severity(), in.text(), access.user(),
                clock.nowInOffice());
        reports.add(f);
        audit.record(AuditRecord.of("REPORT_FINDING_RECORDED", ReportsBean.REPORT, r.getId())
                .change("status", before, r.getStatus()).set("findingId", f.getId())
                .set("versionNumber", f.getVersionNumber()).set("severity", f.getSeverity()).set("text", f.getText()));
        return f;
    }

    /** The report, if the caller may review it: an auditor who does not lead the project. */
    private Report reviewable(long reportId) {
        Report r = reports.find(reportId).orElseThrow(() -> new NotFoundException(ReportsBean.REPORT, reportId));
        Project project = access.readable(r.getProjectId());
        if (project.ledBy(access.user())) {
            throw new AccessDeniedException("funding.reviewOwnProject",
                    "Nobody reviews the reports of a project they lead.");
        }
        return r;
    }

    private void onMilestone(Report r, Consumer<Milestone> change) {
        if (r.getMilestoneId() != null) {
            milestones.find(r.getMilestoneId()).ifPresent(change);
        }
    }
}
