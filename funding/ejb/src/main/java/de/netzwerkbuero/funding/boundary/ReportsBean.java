package de.netzwerkbuero.funding.boundary;

import de.netzwerkbuero.funding.api.AttachmentView;
import de.netzwerkbuero.funding.api.NewReport;
import de.netzwerkbuero.funding.api.ReportKind;
import de.netzwerkbuero.funding.api.ReportVersionView;
import de.netzwerkbuero.funding.api.ReportView;
import de.netzwerkbuero.funding.api.Reports;
import de.netzwerkbuero.funding.domain.Deadline;
import de.netzwerkbuero.funding.domain.DeadlineKeys;
import de.netzwerkbuero.funding.domain.Milestone;
import de.netzwerkbuero.funding.domain.PdfContent;
import de.netzwerkbuero.funding.domain.Project;
import de.netzwerkbuero.funding.domain.Report;
import de.netzwerkbuero.funding.domain.AttachmentName;
import de.netzwerkbuero.funding.domain.ReportAttachment;
import de.netzwerkbuero.funding.domain.ReportVersion;
import de.netzwerkbuero.funding.domain.Sha256;
import de.netzwerkbuero.funding.infrastructure.DeadlineRepository;
import de.netzwerkbuero.funding.infrastructure.FileStore;
import de.netzwerkbuero.funding.infrastructure.MilestoneRepository;
import de.netzwerkbuero.funding.infrastructure.ReportRepository;
import de.netzwerkbuero.platform.api.Roles;
import de.netzwerkbuero.platform.api.audit.AuditRecord;
import de.netzwerkbuero.platform.api.audit.AuditTrail;
import de.netzwerkbuero.platform.api.clock.BusinessClock;
import de.netzwerkbuero.platform.api.error.NotFoundException;
import de.netzwerkbuero.platform.api.error.RuleViolationException;
import de.netzwerkbuero.platform.api.error.Violations;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.io.InputStream;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;

/** Reports: written and submitted by the project's lead (or the office), read by whoever sees the project. */
@Stateless
@RolesAllowed({Roles.OFFICE, Roles.PROJECT_LEAD, Roles.AUDITOR})
public class ReportsBean implements Reports {

    static final String REPORT = "Report";
    private static final String ATTACHMENT = "Attachment";

    @Inject
    private ReportRepository reports;
    @Inject
    private MilestoneRepository milestones;
    @Inject
    private DeadlineRepository deadlines;
    @Inject
    private ProjectAccess access;
    @Inject
    private DeadlinePlanner planner;
    @Inject
    private FileStore files;
    @EJB
    private AuditTrail audit;
    @EJB
    private BusinessClock clock;

    @Override
    public List<ReportView> list(long projectId) {
        access.readable(projectId);
        List<Report> all = reports.byProject(projectId);
        return Views.reports(all, reports.attachmentsByReport(all.stream().map(Report::getId).toList()));
    }

    @Override
    public ReportView get(long id) {
        return view(readable(id));
    }

    @Override
    @RolesAllowed({Roles.OFFICE, Roles.PROJECT_LEAD})
    public ReportView createDraft(long projectId, NewReport in) {
        Project project = access.writableByLeadOrOffice(projectId);
        requireAcceptsReports(project);
        check(in, project);
        String key = DeadlineKeys.forReport(in.kind(), in.milestoneId(), in.fiscalYear());
        if (reports.byDeadlineKey(projectId, key).isPresent()) {
            throw new RuleViolationException("funding.reportExists",
                    "There is a report for {0} already; edit or resubmit that one.", key);
        }
        Report r = new Report(projectId, in.kind(), in.milestoneId(), in.fiscalYear(), in.text(), access.user(),
                clock.nowInOffice());
        reports.add(r);
        audit.record(AuditRecord.of("REPORT_CREATED", REPORT, r.getId()).set("projectId", projectId)
                .set("kind", r.getKind()).set("milestoneId", r.getMilestoneId()).set("fiscalYear", r.getFiscalYear())
                .set("textSha256", Sha256.hex(r.getText())));
        return view(r);
    }

    @Override
    @RolesAllowed({Roles.OFFICE, Roles.PROJECT_LEAD})
    public ReportView editText(long id, long expectedVersion, String text) {
        Report r = writable(id, expectedVersion);
        String before = Sha256.hex(r.getText());
        r.editText(text);
        audit.record(AuditRecord.of("REPORT_EDITED", REPORT, id).change("textSha256", before, Sha256.hex(r.getText()))
                .set("textLength", r.getText().length()));
        return view(r);
    }

    @Override
    @RolesAllowed({Roles.OFFICE, Roles.PROJECT_LEAD})
    public ReportView submit(long id, long expectedVersion) {
        Report r = writable(id, expectedVersion);
        Project project = access.writableByLeadOrOffice(r.getProjectId());
        requireAcceptsReports(project);
        Object statusBefore = r.getStatus();
        int number = r.workingNumber();
        List<ReportAttachment> attachments = reports.attachments(id);
        ReportVersion version = r.submit(access.user(), clock.nowInOffice(), dueOn(project, r.getDeadlineKey()),
                attachments.stream().filter(a -> a.belongsTo(number)).map(ReportAttachment::fact).toList());
        reports.add(version);
        if (r.getKind() == ReportKind.FINAL_PROOF) {
            Object projectBefore = project.getStatus();
            project.finalProofSubmitted();
            audit.record(AuditRecord.of("PROJECT_FINAL_PROOF_SUBMITTED", ProjectAccess.PROJECT, project.getId())
                    .change("status", projectBefore, project.getStatus()));
        }
        if (r.getMilestoneId() != null) {
            milestones.find(r.getMilestoneId()).ifPresent(Milestone::reported);
        }
        planner.refresh(project);
        audit.record(AuditRecord.of("REPORT_SUBMITTED", REPORT, id).change("status", statusBefore, r.getStatus())
                .set("versionNumber", version.getNumber()).set("sha256", version.getSha256())
                .set("late", version.isLate()).set("dueOn", version.getDueOn()));
        return view(r);
    }

    @Override
    @RolesAllowed({Roles.OFFICE, Roles.PROJECT_LEAD})
    public AttachmentView attach(long id, String filename, InputStream content) {
        Report r = writable(id, null);
        r.requireEditable();
        byte[] bytes = FileStore.readLimited(content, MAX_ATTACHMENT_BYTES);
        PdfContent.require(bytes);
        FileStore.Stored stored = files.store(bytes);
        ReportAttachment a = new ReportAttachment(id, AttachmentName.of(filename), stored.size(), stored.sha256(),
                r.workingNumber(), access.user(), clock.nowInOffice());
        reports.add(a);
        audit.record(AuditRecord.of("REPORT_ATTACHMENT_ADDED", REPORT, id).set("attachmentId", a.getId())
                .set("filename", a.getFilename()).set("size", a.getSize()).set("sha256", a.getSha256()));
        return Views.attachment(a);
    }

    @Override
    @RolesAllowed({Roles.OFFICE, Roles.PROJECT_LEAD})
    public void removeAttachment(long attachmentId) {
        ReportAttachment a = reports.attachment(attachmentId)
                .orElseThrow(() -> new NotFoundException(ATTACHMENT, attachmentId));
        Report r = writable(a.getReportId(), null);
        r.requireEditable();
        int working = r.workingNumber();
        if (!a.belongsTo(working)) {
            throw new NotFoundException(ATTACHMENT, attachmentId);
        }
        if (a.onlyInWorkingCopy(working)) {
            reports.remove(a);
        } else {
            a.removeFrom(working);
        }
        audit.record(AuditRecord.of("REPORT_ATTACHMENT_REMOVED", REPORT, r.getId()).set("attachmentId", attachmentId)
                .set("filename", a.getFilename()).set("sha256", a.getSha256()));
    }

    @Override
    public AttachmentView attachment(long attachmentId) {
        return Views.attachment(readableAttachment(attachmentId));
    }

    @Override
    public void writeAttachment(long attachmentId, OutputStream out) {
        files.copy(readableAttachment(attachmentId).getSha256(), out);
    }

    @Override
    public List<ReportVersionView> versions(long id) {
        readable(id);
        List<ReportAttachment> attachments = reports.attachments(id);
        var findings = reports.findings(id);
        return reports.versions(id).stream().map(v -> Views.version(v, attachments, findings)).toList();
    }

    @Override
    public ReportVersionView version(long id, int number) {
        readable(id);
        ReportVersion v = reports.version(id, number).orElseThrow(() -> new NotFoundException("ReportVersion",
                id + "/" + number));
        return Views.version(v, reports.attachments(id), reports.findings(id));
    }

    @Override
    public byte[] versionPdf(long id, int number) {
        Report r = readable(id);
        ReportVersion v = reports.version(id, number).orElseThrow(() -> new NotFoundException("ReportVersion",
                id + "/" + number));
        return ReportPdf.render(access.readable(r.getProjectId()), r, v, reports.attachments(id), reports.findings(id));
    }

    private void check(NewReport in, Project project) {
        Violations v = new Violations();
        v.require(in.kind() != null, "kind", "required", "must be MILESTONE_REPORT, INTERIM_PROOF or FINAL_PROOF");
        v.require(in.text() == null || in.text().length() <= Report.MAX_TEXT_LENGTH, "text", "tooLong",
                "must have at most " + Report.MAX_TEXT_LENGTH + " characters");
        if (in.kind() == ReportKind.MILESTONE_REPORT) {
            v.require(in.milestoneId() != null && milestones.find(in.milestoneId())
                            .filter(m -> m.getProjectId() == project.getId()).isPresent(),
                    "milestoneId", "unknownMilestone", "must be a milestone of this project");
        }
        if (in.kind() == ReportKind.INTERIM_PROOF) {
            v.require(in.fiscalYear() != null && deadlines.byProject(project.getId()).stream()
                            .anyMatch(d -> d.getKey().equals(DeadlineKeys.interimProof(in.fiscalYear()))),
                    "fiscalYear", "noInterimProofDue", "must be a year for which an interim proof is due");
        }
        v.throwIfAny();
    }

    private LocalDate dueOn(Project project, String key) {
        return deadlines.byProject(project.getId()).stream().filter(d -> d.getKey().equals(key))
                .map(Deadline::getDueOn).findFirst().orElse(null);
    }

    private static void requireAcceptsReports(Project project) {
        if (!project.acceptsReports()) {
            throw new RuleViolationException("funding.projectTakesNoReports",
                    "A project in status {0} takes no reports.", project.getStatus());
        }
    }

    private Report readable(long id) {
        Report r = reports.find(id).orElseThrow(() -> new NotFoundException(REPORT, id));
        try {
            access.readable(r.getProjectId());
        } catch (NotFoundException e) {
            throw new NotFoundException(REPORT, id);
        }
        return r;
    }

    /** @param expectedVersion {@code null} where the call carries no version (attachments) */
    private Report writable(long id, Long expectedVersion) {
        Report r = reports.find(id).orElseThrow(() -> new NotFoundException(REPORT, id));
        try {
            access.writableByLeadOrOffice(r.getProjectId());
        } catch (NotFoundException e) {
            throw new NotFoundException(REPORT, id);
        }
        if (expectedVersion != null) {
            Checks.version(REPORT, id, expectedVersion, r.getVersion());
        }
        return r;
    }

    private ReportAttachment readableAttachment(long attachmentId) {
        ReportAttachment a = reports.attachment(attachmentId)
                .orElseThrow(() -> new NotFoundException(ATTACHMENT, attachmentId));
        try {
            readable(a.getReportId());
        } catch (NotFoundException e) {
            throw new NotFoundException(ATTACHMENT, attachmentId);
        }
        return a;
    }

    /** The last path segment, without control characters, at most 255 characters. */
    private ReportView view(Report r) {
        return Views.report(r, reports.attachments(r.getId()));
    }
}
