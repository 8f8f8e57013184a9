package de.netzwerkbuero.funding.boundary;

import de.netzwerkbuero.funding.api.AuditPackages;
import de.netzwerkbuero.funding.domain.AttachmentName;
import de.netzwerkbuero.funding.domain.CostPlanLine;
import de.netzwerkbuero.funding.domain.Deadline;
import de.netzwerkbuero.funding.domain.Disbursement;
import de.netzwerkbuero.funding.domain.Expenditure;
import de.netzwerkbuero.funding.domain.Extension;
import de.netzwerkbuero.funding.domain.Finding;
import de.netzwerkbuero.funding.domain.Milestone;
import de.netzwerkbuero.funding.domain.Project;
import de.netzwerkbuero.funding.domain.Report;
import de.netzwerkbuero.funding.domain.ReportAttachment;
import de.netzwerkbuero.funding.domain.ReportVersion;
import de.netzwerkbuero.funding.infrastructure.DeadlineRepository;
import de.netzwerkbuero.funding.infrastructure.DigestingZip;
import de.netzwerkbuero.funding.infrastructure.FileStore;
import de.netzwerkbuero.funding.infrastructure.FinanceRepository;
import de.netzwerkbuero.funding.infrastructure.MilestoneRepository;
import de.netzwerkbuero.funding.infrastructure.ProjectRepository;
import de.netzwerkbuero.funding.infrastructure.ReportRepository;
import de.netzwerkbuero.platform.api.Roles;
import de.netzwerkbuero.platform.api.audit.AuditEntry;
import de.netzwerkbuero.platform.api.audit.AuditLog;
import de.netzwerkbuero.platform.api.audit.AuditQuery;
import de.netzwerkbuero.platform.api.audit.AuditRecord;
import de.netzwerkbuero.platform.api.audit.AuditTrail;
import de.netzwerkbuero.platform.api.clock.BusinessClock;
import de.netzwerkbuero.platform.api.csv.CsvWriter;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The audit package of a project for auditors (who may also read the audit trail): report versions as PDF
 * with their attachments, finances, deadlines and the audit-trail excerpt as CSV, and SHA256SUMS.
 */
@Stateless
@RolesAllowed(Roles.AUDITOR)
public class AuditPackagesBean implements AuditPackages {

    @Inject
    private ProjectAccess access;
    @Inject
    private ReportRepository reports;
    @Inject
    private MilestoneRepository milestones;
    @Inject
    private FinanceRepository finances;
    @Inject
    private DeadlineRepository deadlines;
    @Inject
    private ProjectRepository projects;
    @Inject
    private FileStore files;
    @EJB
    private AuditLog auditLog;
    @EJB
    private AuditTrail audit;
    @EJB
    private BusinessClock clock;

    @Override
    public String filename(long projectId) {
        String reference = access.readable(projectId).getFundingReference().replaceAll("[^A-Za-z0-9._-]", "_");
        return "audit-package-" + reference + ".zip";
    }

    @Override
    public void write(long projectId, OutputStream out) {
        Project p = access.readable(projectId);
        try (DigestingZip zip = new DigestingZip(out)) {
            zip.add("project.txt", utf8(projectText(p)));
            List<Report> projectReports = reports.byProject(projectId);
            for (Report r : projectReports) {
                addReport(zip, p, r);
            }
            zip.add("finances.csv", utf8(financesCsv(projectId)));
            zip.add("deadlines.csv", utf8(deadlinesCsv(projectId)));
            zip.add("audit-trail.csv", utf8(auditCsv(p, projectReports)));
        }
        audit.record(AuditRecord.of("AUDIT_PACKAGE_CREATED", ProjectAccess.PROJECT, projectId)
                .set("at", clock.nowInOffice()));
    }

    @Override
    public byte[] build(long projectId) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(projectId, out);
        return out.toByteArray();
    }

    private void addReport(DigestingZip zip, Project p, Report r) {
        List<ReportAttachment> attachments = reports.attachments(r.getId());
        List<Finding> findings = reports.findings(r.getId());
        for (ReportVersion v : reports.versions(r.getId())) {
            String base = "reports/" + stem(r) + "-v" + v.getNumber();
            zip.add(base + ".pdf", ReportPdf.render(p, r, v, attachments, findings));
            for (ReportAttachment a : attachments) {
                if (a.belongsTo(v.getNumber())) {
                    zip.add(base + "-attachments/" + a.getId() + "-" + AttachmentName.of(a.getFilename()),
                            files.read(a.getSha256()));
                }
            }
        }
    }

    static String stem(Report r) {
        String kind = r.getKind().name().toLowerCase(Locale.ROOT).replace('_', '-');
        return "report-" + r.getId() + "-" + kind + ReportPdf.subject(r).replace(' ', '-');
    }

    private static String projectText(Project p) {
        return "Title: " + p.getTitle() + "\nFunding reference: " + p.getFundingReference() + "\nGrantee (member id): "
                + p.getMemberId() + "\nGrant period: " + p.getPeriodStart() + " – " + p.getPeriodEnd()
                + "\nApproved amount: " + p.getApprovedAmount() + " EUR\nOwn share: " + p.getOwnShare()
                + " EUR\nLead: " + p.getLeadUsername() + "\nStatus: " + p.getStatus() + "\nPurpose fulfilled on: "
                + (p.getPurposeFulfilledOn() == null ? "-" : p.getPurposeFulfilledOn()) + "\n";
    }

    private String financesCsv(long projectId) {
        return CsvWriter.commaSeparated(csv -> {
            csv.row("record", "date", "year", "category", "amount", "reference", "description", "recordedBy");
            for (CostPlanLine l : finances.costPlan(projectId)) {
                csv.row("COST_PLAN", null, l.getYear(), l.getCategory(), l.getAmount(), null, null, null);
            }
            for (Disbursement d : finances.disbursements(projectId)) {
                csv.row("DISBURSEMENT", d.getPayoutOn(), d.getPayoutOn().getYear(), null, d.getAmount(),
                        d.getReference(), null, d.getRecordedBy());
            }
            for (Expenditure e : finances.expenditures(projectId)) {
                csv.row("EXPENDITURE", e.getSpentOn(), e.getSpentOn().getYear(), e.getCategory(), e.getAmount(),
                        e.getReceiptReference(), e.getDescription(), e.getRecordedBy());
            }
        });
    }

    private String deadlinesCsv(long projectId) {
        return CsvWriter.commaSeparated(csv -> {
            csv.row("key", "kind", "title", "dueOn", "fiscalYear", "fulfilment", "fulfilledOn", "ruleSetVersion");
            for (Deadline d : deadlines.byProject(projectId)) {
                csv.row(d.getKey(), d.getKind(), d.getTitle(), d.getDueOn(), d.getFiscalYear(), d.getFulfilment(),
                        d.getFulfilledOn(), d.getRuleSetVersion());
            }
        });
    }

    /** Every audit entry of the project and of its reports, milestones, finances and extensions, in order. */
    private String auditCsv(Project p, List<Report> projectReports) {
        TreeMap<Long, AuditEntry> entries = new TreeMap<>();
        collect(entries, ProjectAccess.PROJECT, p.getId());
        projectReports.forEach(r -> collect(entries, ReportsBean.REPORT, r.getId()));
        milestones.byProject(p.getId()).stream().map(Milestone::getId)
                .forEach(id -> collect(entries, MilestonesBean.MILESTONE, id));
        finances.disbursements(p.getId()).stream().map(Disbursement::getId)
                .forEach(id -> collect(entries, "Disbursement", id));
        finances.expenditures(p.getId()).stream().map(Expenditure::getId)
                .forEach(id -> collect(entries, "Expenditure", id));
        projects.extensions(p.getId()).stream().map(Extension::getId)
                .forEach(id -> collect(entries, ExtensionsBean.EXTENSION, id));
        return CsvWriter.commaSeparated(csv -> {
            csv.row("id", "at", "actor", "action", "entityType", "entityId", "changes", "position", "hash",
                    "previousHash");
            entries.values().forEach(e -> csv.row(e.id(), e.at(), e.actor(), e.action(), e.entityType(),
                    e.entityId(), changes(e), e.position(), e.hash(), e.previousHash()));
        });
    }

    private void collect(TreeMap<Long, AuditEntry> entries, String entityType, long id) {
        auditLog.export(AuditQuery.forEntity(entityType, String.valueOf(id), AuditQuery.MAX_LIMIT),
                e -> entries.put(e.id(), e));
    }

    private static String changes(AuditEntry e) {
        return new TreeMap<>(e.changes()).entrySet().stream()
                .map(c -> c.getKey() + ": " + c.getValue().before() + " -> " + c.getValue().after())
                .collect(Collectors.joining("; "));
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
