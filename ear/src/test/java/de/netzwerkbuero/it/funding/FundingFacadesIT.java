package de.netzwerkbuero.it.funding;

import de.netzwerkbuero.funding.api.AttachmentView;
import de.netzwerkbuero.funding.api.AuditPackages;
import de.netzwerkbuero.funding.api.CostPlanLineInput;
import de.netzwerkbuero.funding.api.DeadlineFilter;
import de.netzwerkbuero.funding.api.DeadlineKind;
import de.netzwerkbuero.funding.api.DeadlineView;
import de.netzwerkbuero.funding.api.Deadlines;
import de.netzwerkbuero.funding.api.DisbursementInput;
import de.netzwerkbuero.funding.api.ExpenditureInput;
import de.netzwerkbuero.funding.api.Extensions;
import de.netzwerkbuero.funding.api.Finances;
import de.netzwerkbuero.funding.api.FindingInput;
import de.netzwerkbuero.funding.api.FindingSeverity;
import de.netzwerkbuero.funding.api.LegalBasis;
import de.netzwerkbuero.funding.api.MilestoneInput;
import de.netzwerkbuero.funding.api.MilestoneView;
import de.netzwerkbuero.funding.api.Milestones;
import de.netzwerkbuero.funding.api.NewReport;
import de.netzwerkbuero.funding.api.ProgramInput;
import de.netzwerkbuero.funding.api.ProgramView;
import de.netzwerkbuero.funding.api.Programs;
import de.netzwerkbuero.funding.api.ProjectAction;
import de.netzwerkbuero.funding.api.ProjectFilter;
import de.netzwerkbuero.funding.api.ProjectInput;
import de.netzwerkbuero.funding.api.ProjectView;
import de.netzwerkbuero.funding.api.Projects;
import de.netzwerkbuero.funding.api.ReportKind;
import de.netzwerkbuero.funding.api.ReportStatus;
import de.netzwerkbuero.funding.api.ReportVersionView;
import de.netzwerkbuero.funding.api.ReportView;
import de.netzwerkbuero.funding.api.Reports;
import de.netzwerkbuero.funding.api.ReviewDecision;
import de.netzwerkbuero.funding.api.Reviews;
import de.netzwerkbuero.it.support.AsAuditor;
import de.netzwerkbuero.it.support.AsLead;
import de.netzwerkbuero.it.support.AsLead2;
import de.netzwerkbuero.it.support.AsOffice;
import de.netzwerkbuero.it.support.Caller;
import de.netzwerkbuero.it.support.Deployments;
import de.netzwerkbuero.membership.api.MemberKind;
import de.netzwerkbuero.membership.api.Members;
import de.netzwerkbuero.membership.api.NewMember;
import de.netzwerkbuero.platform.api.error.NotFoundException;
import de.netzwerkbuero.platform.api.error.RuleViolationException;
import de.netzwerkbuero.platform.api.paging.PageRequest;
import jakarta.ejb.EJB;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Funding's facades in the server: lead scoping for every facade method, report versioning and
 * immutability, the review rules, DESIGN.md's example deadlines to the day, and an audit package whose
 * manifest verifies.
 */
@ExtendWith(ArquillianExtension.class)
class FundingFacadesIT {

    private static final byte[] PDF = ("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n"
            + "%%EOF\n").getBytes(StandardCharsets.US_ASCII);
    private static final LocalDate EXAMPLE_START = LocalDate.of(2023, 7, 1);

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.withTests(FundingFacadesIT.class);
    }

    @EJB
    private Programs programs;
    @EJB
    private Projects projects;
    @EJB
    private Milestones milestones;
    @EJB
    private Reports reports;
    @EJB
    private Reviews reviews;
    @EJB
    private Finances finances;
    @EJB
    private Deadlines deadlines;
    @EJB
    private Extensions extensions;
    @EJB
    private AuditPackages auditPackages;
    @EJB
    private Members members;

    @EJB
    private AsOffice office;
    @EJB
    private AsLead lead;
    @EJB
    private AsLead2 lead2;
    @EJB
    private AsAuditor auditor;

    /** A project with something in every part: milestone, cost plan, finances, a submitted report with a PDF. */
    private record Fixture(ProjectView project, MilestoneView milestone, ReportView report, AttachmentView attachment) {
    }

    @Test
    void aLeadSeesOnlyTheirProjectsThroughEveryFacadeMethod() throws Exception {
        Fixture f = fixture();
        long p = f.project().id();
        long r = f.report().id();
        long m = f.milestone().id();
        long a = f.attachment().id();

        Map<String, Callable<?>> reads = new LinkedHashMap<>();
        reads.put("Projects.get", () -> projects.get(p));
        reads.put("Projects.details", () -> projects.details(p));
        reads.put("Deadlines.forProject", () -> deadlines.forProject(p));
        reads.put("Milestones.list", () -> milestones.list(p));
        reads.put("Milestones.get", () -> milestones.get(m));
        reads.put("Reports.list", () -> reports.list(p));
        reads.put("Reports.get", () -> reports.get(r));
        reads.put("Reports.versions", () -> reports.versions(r));
        reads.put("Reports.version", () -> reports.version(r, 1));
        reads.put("Reports.versionPdf", () -> reports.versionPdf(r, 1));
        reads.put("Reports.attachment", () -> reports.attachment(a));
        reads.put("Reports.writeAttachment", () -> {
            reports.writeAttachment(a, new ByteArrayOutputStream());
            return null;
        });
        reads.put("Reviews.findings", () -> reviews.findings(r));
        reads.put("Finances.costPlan", () -> finances.costPlan(p));
        reads.put("Finances.disbursements", () -> finances.disbursements(p));
        reads.put("Finances.expenditures", () -> finances.expenditures(p, PageRequest.first(10)));
        reads.put("Finances.flags", () -> finances.flags(p));
        reads.put("Finances.numericalProof", () -> finances.numericalProof(p));
        reads.put("Extensions.list", () -> extensions.list(p));
        for (Map.Entry<String, Callable<?>> read : reads.entrySet()) {
            lead.call(read.getValue());
            auditor.call(read.getValue());
            office.call(read.getValue());
            assertThrows(NotFoundException.class, () -> lead2.call(read.getValue()), read.getKey());
        }

        Map<String, Callable<?>> writes = new LinkedHashMap<>();
        writes.put("Reports.createDraft", () -> reports.createDraft(p, new NewReport(ReportKind.FINAL_PROOF, null,
                null, "x")));
        writes.put("Reports.editText", () -> reports.editText(r, f.report().version(), "x"));
        writes.put("Reports.submit", () -> reports.submit(r, f.report().version()));
        writes.put("Reports.attach", () -> reports.attach(r, "x.pdf", new ByteArrayInputStream(PDF)));
        writes.put("Reports.removeAttachment", () -> {
            reports.removeAttachment(a);
            return null;
        });
        writes.put("Finances.recordDisbursement", () -> finances.recordDisbursement(p,
                new DisbursementInput(new BigDecimal("10.00"), LocalDate.of(2024, 3, 1), "MA-X")));
        writes.put("Finances.recordExpenditure", () -> finances.recordExpenditure(p,
                new ExpenditureInput(LocalDate.of(2024, 3, 2), "Personal", new BigDecimal("10.00"), "B-X", null)));
        for (Map.Entry<String, Callable<?>> write : writes.entrySet()) {
            assertThrows(NotFoundException.class, () -> lead2.call(write.getValue()), write.getKey());
            assertFalse(Caller.allowed(auditor, write.getValue()), "auditors change nothing: " + write.getKey());
        }

        long programId = f.project().programId();
        Callable<Long> listed = () -> projects.list(new ProjectFilter(programId, null, null, null),
                PageRequest.first(10)).total();
        assertEquals(1L, lead.call(listed));
        assertEquals(0L, lead2.call(listed));
        assertEquals(0L, lead2.call(() -> projects.list(new ProjectFilter(programId, null, "lead", null),
                PageRequest.first(10)).total()), "filtering by another lead reveals nothing");
        assertEquals(1L, auditor.call(listed));
        assertEquals(1L, office.call(listed));
        Callable<Long> deadlineList = () -> deadlines.list(new DeadlineFilter(null, null, null, p, null),
                PageRequest.first(50)).total();
        assertTrue(lead.call(deadlineList) > 0);
        assertEquals(0L, lead2.call(deadlineList));
        assertEquals(lead.call(deadlineList), auditor.call(deadlineList));

        assertTrue(Caller.allowed(auditor, () -> auditPackages.filename(p)));
        assertFalse(Caller.allowed(lead, () -> auditPackages.filename(p)));
        assertFalse(Caller.allowed(office, () -> auditPackages.filename(p)));
        assertFalse(Caller.allowed(lead, () -> milestones.create(p, new MilestoneInput("x", LocalDate.of(2024, 1, 1),
                null))), "only the office plans milestones");
        assertFalse(Caller.allowed(lead, () -> programs.create(new ProgramInput(unique("P"), "F", LegalBasis.ANBEST_P,
                null, List.of(), false))));
        assertFalse(Caller.allowed(auditor, () -> projects.transition(p, f.project().version(),
                ProjectAction.CANCEL)));
        assertFalse(Caller.allowed(null, () -> projects.get(p)), "anonymous");
    }

    @Test
    void aSubmittedVersionNeverChangesAndAResubmissionIsANewVersion() throws Exception {
        ProjectView project = project(LegalBasis.ANBEST_P, EXAMPLE_START, "lead");
        ReportView draft = lead.call(() -> reports.createDraft(project.id(),
                new NewReport(ReportKind.INTERIM_PROOF, null, 2023, "Sachbericht 2023, erste Fassung")));
        assertEquals(ReportStatus.DRAFT, draft.status());
        assertEquals(0, draft.versionNumber());
        lead.call(() -> reports.attach(draft.id(), "beleg.pdf", new ByteArrayInputStream(PDF)));
        ReportView v1 = lead.call(() -> reports.submit(draft.id(), reports.get(draft.id()).version()));
        assertEquals(ReportStatus.SUBMITTED, v1.status());
        assertEquals(1, v1.versionNumber());
        assertTrue(v1.sha256().matches("[0-9a-f]{64}"), v1.sha256());
        assertTrue(v1.late(), "due 2024-04-30, submitted later");

        RuleViolationException frozen = assertThrows(RuleViolationException.class,
                () -> lead.call(() -> reports.editText(v1.id(), v1.version(), "geändert")));
        assertEquals("funding.reportNotEditable", frozen.key());
        assertThrows(RuleViolationException.class,
                () -> lead.call(() -> reports.attach(v1.id(), "spaet.pdf", new ByteArrayInputStream(PDF))));

        auditor.call(() -> reviews.decide(v1.id(), v1.version(), ReviewDecision.RETURN,
                List.of(new FindingInput(FindingSeverity.MAJOR, "Belege fehlen"))));
        ReportView returned = lead.call(() -> reports.get(v1.id()));
        assertEquals(ReportStatus.RETURNED, returned.status());
        ReportView edited = lead.call(() -> reports.editText(v1.id(), returned.version(),
                "Sachbericht 2023, zweite Fassung mit Belegen"));
        ReportView v2 = lead.call(() -> reports.submit(v1.id(), edited.version()));
        assertEquals(2, v2.versionNumber());
        assertNotEquals(v1.sha256(), v2.sha256());
        assertTrue(v2.late(), "late stays late");

        List<ReportVersionView> versions = auditor.call(() -> reports.versions(v1.id()));
        assertEquals(2, versions.size());
        ReportVersionView first = versions.get(0);
        assertEquals(1, first.number());
        assertEquals(v1.sha256(), first.sha256(), "version 1 keeps its digest");
        assertEquals("Sachbericht 2023, erste Fassung", first.text(), "version 1 keeps its text");
        assertEquals(1, first.attachments().size());
        assertEquals(ReportStatus.RETURNED, first.status());
        assertEquals(1, first.findings().size());
        assertEquals("Sachbericht 2023, zweite Fassung mit Belegen", versions.get(1).text());
        assertEquals(v1.submittedAt().toInstant().truncatedTo(java.time.temporal.ChronoUnit.MILLIS),
                first.submittedAt().toInstant().truncatedTo(java.time.temporal.ChronoUnit.MILLIS));
    }

    @Test
    void reviewRules() throws Exception {
        ProjectView project = project(LegalBasis.ANBEST_GK, EXAMPLE_START, "lead");
        ReportView draft = lead.call(() -> reports.createDraft(project.id(),
                new NewReport(ReportKind.INTERIM_PROOF, null, 2024, "Zwischennachweis 2024")));
        ReportView submitted = lead.call(() -> reports.submit(draft.id(), draft.version()));
        assertTrue(auditor.call(() -> reviews.awaitingReview(100)).stream().anyMatch(r -> r.id() == submitted.id()),
                "a submitted report waits for the auditors");
        assertFalse(Caller.allowed(lead, () -> reviews.awaitingReview(10)), "the review queue is the auditors'");

        Callable<ReportView> accept = () -> reviews.decide(submitted.id(), submitted.version(), ReviewDecision.ACCEPT,
                List.of());
        assertFalse(Caller.allowed(lead, accept), "a lead cannot review");
        assertFalse(Caller.allowed(office, accept), "the office does not review");

        RuleViolationException noFinding = assertThrows(RuleViolationException.class, () -> auditor.call(
                () -> reviews.decide(submitted.id(), submitted.version(), ReviewDecision.RETURN, List.of())));
        assertEquals("funding.returnNeedsFinding", noFinding.key());

        ReportView returned = auditor.call(() -> reviews.decide(submitted.id(), submitted.version(),
                ReviewDecision.RETURN, List.of(new FindingInput(FindingSeverity.MINOR, "Tabelle 2 fehlt"))));
        assertEquals(ReportStatus.RETURNED, returned.status());
        RuleViolationException resubmitFirst = assertThrows(RuleViolationException.class, () -> auditor.call(
                () -> reviews.decide(submitted.id(), returned.version(), ReviewDecision.ACCEPT, List.of())));
        assertEquals("funding.reportResubmitFirst", resubmitFirst.key());

        ReportView again = lead.call(() -> reports.submit(submitted.id(), returned.version()));
        ReportView accepted = auditor.call(() -> reviews.decide(again.id(), again.version(), ReviewDecision.ACCEPT,
                List.of()));
        assertEquals(ReportStatus.ACCEPTED, accepted.status());
        assertTrue(auditor.call(() -> reviews.awaitingReview(100)).stream().noneMatch(r -> r.id() == accepted.id()),
                "a decided report no longer waits");
        assertEquals(1, lead.call(() -> reviews.findings(again.id())).size(), "the lead reads the findings");
    }

    @Test
    void theDesignsExampleDeadlinesToTheDay() throws Exception {
        ProjectView p = project(LegalBasis.ANBEST_P, EXAMPLE_START, "lead");
        assertEquals(LocalDate.of(2025, 6, 30), p.periodEnd());
        List<DeadlineView> anbestP = lead.call(() -> deadlines.forProject(p.id()));
        assertEquals(LocalDate.of(2024, 4, 30), due(anbestP, DeadlineKind.INTERIM_PROOF, 2023));
        assertEquals(LocalDate.of(2025, 4, 30), due(anbestP, DeadlineKind.INTERIM_PROOF, 2024));
        assertEquals(2, anbestP.stream().filter(d -> d.kind() == DeadlineKind.INTERIM_PROOF).count(),
                "no interim proof for 2025, the year the project finished");
        assertEquals(LocalDate.of(2025, 12, 31), due(anbestP, DeadlineKind.FINAL_PROOF, null));

        ProjectView gk = project(LegalBasis.ANBEST_GK, EXAMPLE_START, "lead");
        List<DeadlineView> anbestGk = office.call(() -> deadlines.forProject(gk.id()));
        assertEquals(LocalDate.of(2024, 4, 30), due(anbestGk, DeadlineKind.INTERIM_PROOF, 2023));
        assertEquals(LocalDate.of(2025, 4, 30), due(anbestGk, DeadlineKind.INTERIM_PROOF, 2024));
        assertEquals(LocalDate.of(2026, 6, 30), due(anbestGk, DeadlineKind.FINAL_PROOF, null));
    }

    @Test
    void theAuditPackagesManifestVerifies() throws Exception {
        Fixture f = fixture();
        byte[] zip = auditor.call(() -> auditPackages.build(f.project().id()));
        Map<String, byte[]> files = new HashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                if (!e.isDirectory()) {
                    files.put(e.getName(), in.readAllBytes());
                }
            }
        }
        assertTrue(files.containsKey("SHA256SUMS"), files.keySet().toString());
        assertTrue(files.containsKey("finances.csv"), files.keySet().toString());
        assertTrue(files.containsKey("audit-trail.csv"), files.keySet().toString());
        assertTrue(files.keySet().stream().anyMatch(n -> n.endsWith(".pdf")), "report PDFs: " + files.keySet());
        Map<String, String> manifest = new HashMap<>();
        for (String line : new String(files.get("SHA256SUMS"), StandardCharsets.UTF_8).split("\n")) {
            if (!line.isBlank()) {
                // sha256sum's format: digest, two spaces (or space and '*'), file name
                manifest.put(line.substring(66), line.substring(0, 64));
            }
        }
        assertEquals(files.size() - 1, manifest.size(), "every file but the manifest is listed");
        manifest.forEach((name, digest) -> {
            assertTrue(files.containsKey(name), "listed file is in the package: " + name);
            assertEquals(digest, sha256(files.get(name)), name);
        });
        assertTrue(new String(files.get("audit-trail.csv"), StandardCharsets.UTF_8).contains("REPORT_SUBMITTED"));
    }

    private Fixture fixture() throws Exception {
        ProjectView project = project(LegalBasis.ANBEST_P, EXAMPLE_START, "lead");
        long p = project.id();
        MilestoneView milestone = office.call(() -> {
            finances.replaceCostPlan(p, List.of(new CostPlanLineInput("Personal", 2023, new BigDecimal("40000.00")),
                    new CostPlanLineInput("Personal", 2024, new BigDecimal("40000.00")),
                    new CostPlanLineInput("Sachkosten", 2024, new BigDecimal("20000.00"))));
            return milestones.create(p, new MilestoneInput("Kommunalprofil", LocalDate.of(2024, 3, 31),
                    "Profil der Kommune"));
        });
        ReportView report = lead.call(() -> {
            finances.recordDisbursement(p, new DisbursementInput(new BigDecimal("30000.00"), LocalDate.of(2023, 9, 1),
                    "MA-1"));
            finances.recordExpenditure(p, new ExpenditureInput(LocalDate.of(2023, 10, 1), "Personal",
                    new BigDecimal("25000.00"), "B-001", "Projektstelle"));
            ReportView draft = reports.createDraft(p, new NewReport(ReportKind.INTERIM_PROOF, null, 2023,
                    "Zwischennachweis 2023"));
            reports.attach(draft.id(), "belege.pdf", new ByteArrayInputStream(PDF));
            return reports.submit(draft.id(), reports.get(draft.id()).version());
        });
        AttachmentView attachment = report.attachments().isEmpty()
                ? lead.call(() -> reports.versions(report.id()).get(0).attachments().get(0))
                : report.attachments().get(0);
        return new Fixture(lead.call(() -> projects.get(p)), milestone, report, attachment);
    }

    private ProjectView project(LegalBasis basis, LocalDate start, String leadUsername) throws Exception {
        return office.call(() -> {
            long memberId = members.createFoundingMember(new NewMember(MemberKind.PARTNER, unique("Partner"), null,
                    null, null)).id();
            ProgramView programme = programs.create(new ProgramInput(unique("Programm"), "BMWSB/BBSR", basis, 24,
                    List.of("Kick-Off", "Kommunalprofil"), false));
            ProjectView created = projects.create(new ProjectInput(programme.id(), memberId, "Vorhaben",
                    unique("FKZ"), start, null, new BigDecimal("100000.00"), new BigDecimal("10000.00"),
                    leadUsername));
            return projects.transition(created.id(), created.version(), ProjectAction.APPROVE);
        });
    }

    private static LocalDate due(List<DeadlineView> list, DeadlineKind kind, Integer fiscalYear) {
        return list.stream().filter(d -> d.kind() == kind)
                .filter(d -> fiscalYear == null || fiscalYear.equals(d.fiscalYear()))
                .map(DeadlineView::dueOn).findFirst().orElse(null);
    }

    private static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
