package de.netzwerkbuero.funding.boundary;

import de.netzwerkbuero.funding.api.AttachmentView;
import de.netzwerkbuero.funding.api.CostPlanLineView;
import de.netzwerkbuero.funding.api.DeadlineView;
import de.netzwerkbuero.funding.api.DisbursementView;
import de.netzwerkbuero.funding.api.EventAttendanceView;
import de.netzwerkbuero.funding.api.ExpenditureView;
import de.netzwerkbuero.funding.api.ExtensionView;
import de.netzwerkbuero.funding.api.FindingView;
import de.netzwerkbuero.funding.api.MilestoneView;
import de.netzwerkbuero.funding.api.ProgramView;
import de.netzwerkbuero.funding.api.ProjectSummary;
import de.netzwerkbuero.funding.api.ProjectView;
import de.netzwerkbuero.funding.api.ReportVersionView;
import de.netzwerkbuero.funding.api.ReportView;
import de.netzwerkbuero.funding.api.RuleSetView;
import de.netzwerkbuero.funding.domain.CostPlanLine;
import de.netzwerkbuero.funding.domain.Deadline;
import de.netzwerkbuero.funding.domain.Disbursement;
import de.netzwerkbuero.funding.domain.EventAttendance;
import de.netzwerkbuero.funding.domain.Expenditure;
import de.netzwerkbuero.funding.domain.Extension;
import de.netzwerkbuero.funding.domain.Finding;
import de.netzwerkbuero.funding.domain.Milestone;
import de.netzwerkbuero.funding.domain.Programme;
import de.netzwerkbuero.funding.domain.Project;
import de.netzwerkbuero.funding.domain.Report;
import de.netzwerkbuero.funding.domain.ReportAttachment;
import de.netzwerkbuero.funding.domain.ReportVersion;
import de.netzwerkbuero.funding.domain.Rules;
import de.netzwerkbuero.funding.domain.SpendingAllocation;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** Entity → DTO, always inside the facade's transaction. */
final class Views {

    private Views() {
    }

    static RuleSetView ruleSet(Rules r, LocalDate validFrom) {
        return new RuleSetView(r.legalBasis(), r.version(), r.interimProofMonthsAfterYearEnd(),
                r.finalProofMonthsAfterEnd(), r.finalProofAfterPurposeFulfilled(), r.spendWindow().toString(),
                r.costLineTolerancePercent(), r.receiptRetentionYears(), r.reminderDaysBefore(),
                r.interestPointsAboveBaseRate(), validFrom);
    }

    static ProgramView program(Programme p, RuleSetView ruleSet) {
        return new ProgramView(p.getId(), p.getName(), p.getFunder(), p.getLegalBasis(), p.getDurationMonths(),
                p.getStages(), p.holdsDisbursementUntilInterimProofAccepted(), ruleSet, p.getVersion());
    }

    static ProjectView project(Project p) {
        return new ProjectView(p.getId(), p.getProgrammeId(), p.getMemberId(), p.getTitle(), p.getFundingReference(),
                p.getPeriodStart(), p.getPeriodEnd(), p.getApprovedAmount(), p.getOwnShare(), p.getLeadUsername(),
                p.getStatus(), p.getVersion());
    }

    static ProjectSummary summary(Project p) {
        return new ProjectSummary(p.getId(), p.getTitle(), p.getFundingReference(), p.getMemberId(),
                p.getLeadUsername(), p.getStatus().name(), p.getPeriodStart(), p.getPeriodEnd());
    }

    static EventAttendanceView event(EventAttendance a) {
        return new EventAttendanceView(a.getEventId(), a.getEventTitle(), a.getDate(), a.getAttendees(),
                a.getOrganisations());
    }

    static MilestoneView milestone(Milestone m) {
        return new MilestoneView(m.getId(), m.getTitle(), m.getDueOn(), m.getDeliverable(), m.getStatus(),
                m.getProjectId(), m.getVersion());
    }

    static AttachmentView attachment(ReportAttachment a) {
        return new AttachmentView(a.getId(), a.getReportId(), a.getFilename(), a.getSize(), a.getSha256(),
                a.getAddedBy(), a.getAddedAt());
    }

    /** The working copy's attachments while editable, else those of the latest submitted version. */
    static ReportView report(Report r, List<ReportAttachment> all) {
        int number = r.editable() ? r.workingNumber() : r.getSubmittedCount();
        return new ReportView(r.getId(), r.getProjectId(), r.getKind(), r.getMilestoneId(), r.getFiscalYear(),
                r.getText(), r.getStatus(), r.getVersion(), r.getLastSubmittedAt(), r.isLastLate(), r.getLastSha256(),
                r.getSubmittedCount(), all.stream().filter(a -> a.belongsTo(number)).map(Views::attachment).toList());
    }

    /** Views of several reports with their attachments, as loaded by {@code attachmentsByReport}. */
    static List<ReportView> reports(List<Report> reports, Map<Long, List<ReportAttachment>> attachmentsByReport) {
        return reports.stream().map(r -> report(r, attachmentsByReport.getOrDefault(r.getId(), List.of()))).toList();
    }

    static FindingView finding(Finding f) {
        return new FindingView(f.getId(), f.getReportId(), f.getVersionNumber(), f.getSeverity(), f.getText(),
                f.getAuthor(), f.getCreatedAt());
    }

    static ReportVersionView version(ReportVersion v, List<ReportAttachment> all, List<Finding> findings) {
        return new ReportVersionView(v.getReportId(), v.getNumber(), v.getText(), v.getSubmittedAt(),
                v.getSubmittedBy(), v.getDueOn(), v.isLate(), v.getSha256(), v.status(), v.getReviewedBy(),
                v.getReviewedAt(),
                all.stream().filter(a -> a.belongsTo(v.getNumber())).map(Views::attachment).toList(),
                findings.stream().filter(f -> f.getVersionNumber() == v.getNumber()).map(Views::finding).toList());
    }

    static DeadlineView deadline(Deadline d, String fundingReference, LocalDate today, int dueSoonDays) {
        return new DeadlineView(d.getKind(), d.getTitle(), d.getDueOn(), d.status(today, dueSoonDays), d.getProjectId(),
                d.getFiscalYear(), d.getId(), d.getKey(), d.getFulfilledOn(), d.getRuleSetVersion(), fundingReference);
    }

    static CostPlanLineView costPlanLine(CostPlanLine l) {
        return new CostPlanLineView(l.getId(), l.getProjectId(), l.getCategory(), l.getYear(), l.getAmount());
    }

    static DisbursementView disbursement(Disbursement d, SpendingAllocation.Use use) {
        return new DisbursementView(d.getId(), d.getProjectId(), d.getAmount(), d.getPayoutOn(), d.getReference(),
                use == null ? null : use.spendBy(), use == null ? null : use.spentOn(), d.getRecordedBy(),
                d.getRecordedAt(), d.getVersion());
    }

    static ExpenditureView expenditure(Expenditure e) {
        return new ExpenditureView(e.getId(), e.getProjectId(), e.getSpentOn(), e.getCategory(), e.getAmount(),
                e.getReceiptReference(), e.getDescription(), e.getRecordedBy(), e.getRecordedAt(), e.getVersion());
    }

    static ExtensionView extension(Extension e) {
        return new ExtensionView(e.getId(), e.getProjectId(), e.getPreviousPeriodEnd(), e.getNewPeriodEnd(),
                e.getReason(), e.getReference(), e.getStatus(), e.getRequestedBy(), e.getRequestedAt(),
                e.getDecidedBy(), e.getDecidedAt(), e.getDecisionNote(), e.getVersion());
    }
}
