package de.netzwerkbuero.web.ui.funding;

import de.netzwerkbuero.funding.api.CostPlanLineView;
import de.netzwerkbuero.funding.api.DeadlineKind;
import de.netzwerkbuero.funding.api.DeadlineView;
import de.netzwerkbuero.funding.api.Deadlines;
import de.netzwerkbuero.funding.api.DisbursementInput;
import de.netzwerkbuero.funding.api.DisbursementView;
import de.netzwerkbuero.funding.api.ExpenditureInput;
import de.netzwerkbuero.funding.api.ExpenditureView;
import de.netzwerkbuero.funding.api.ExtensionView;
import de.netzwerkbuero.funding.api.Extensions;
import de.netzwerkbuero.funding.api.Finances;
import de.netzwerkbuero.funding.api.FlagView;
import de.netzwerkbuero.funding.api.MilestoneInput;
import de.netzwerkbuero.funding.api.MilestoneView;
import de.netzwerkbuero.funding.api.Milestones;
import de.netzwerkbuero.funding.api.NewReport;
import de.netzwerkbuero.funding.api.NumericalProof;
import de.netzwerkbuero.funding.api.ProjectAction;
import de.netzwerkbuero.funding.api.ProjectDetails;
import de.netzwerkbuero.funding.api.ProjectStatus;
import de.netzwerkbuero.funding.api.ProjectView;
import de.netzwerkbuero.funding.api.Projects;
import de.netzwerkbuero.funding.api.ReportKind;
import de.netzwerkbuero.funding.api.ReportView;
import de.netzwerkbuero.funding.api.Reports;
import de.netzwerkbuero.platform.api.Roles;
import de.netzwerkbuero.platform.api.paging.PageRequest;
import de.netzwerkbuero.web.ui.UiMessages;
import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.PrimeFaces;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One project with tabs: deadline timeline, milestones, reports, finances (cost plan, disbursements,
 * expenditures, flags, numerical proof), extensions and attended events. Leads and the office start reports
 * from a due deadline and record finances; the office plans milestones and moves the status; auditors
 * download the audit package.
 */
@Named
@ViewScoped
public class ProjectPage implements Serializable {

    private static final Set<DeadlineKind> REPORTABLE = EnumSet.of(DeadlineKind.MILESTONE,
            DeadlineKind.INTERIM_PROOF, DeadlineKind.FINAL_PROOF);
    private static final Set<ProjectStatus> TAKES_REPORTS = EnumSet.of(ProjectStatus.APPROVED,
            ProjectStatus.RUNNING, ProjectStatus.ENDED, ProjectStatus.FINAL_PROOF_SUBMITTED);

    @EJB
    private Projects projects;
    @EJB
    private Deadlines deadlines;
    @EJB
    private Milestones milestones;
    @EJB
    private Reports reports;
    @EJB
    private Finances finances;
    @EJB
    private Extensions extensions;
    @Inject
    private UiMessages messages;

    private Long id;
    private ProjectDetails details;
    private List<DeadlineView> deadlineList = List.of();
    private List<MilestoneView> milestoneList = List.of();
    private List<ReportView> reportList = List.of();
    private Map<String, ReportView> reportsByDeadline = Map.of();
    private List<CostPlanLineView> costPlan = List.of();
    private List<DisbursementView> disbursements = List.of();
    private List<ExpenditureView> expenditures = List.of();
    private long expenditureCount;
    private List<FlagView> flags = List.of();
    private NumericalProof numericalProof;
    private List<ExtensionView> extensionList = List.of();

    private String milestoneTitle;
    private LocalDate milestoneDueOn;
    private String milestoneDeliverable;

    private BigDecimal disbursementAmount;
    private LocalDate payoutOn;
    private String disbursementReference;

    private LocalDate spentOn;
    private String category;
    private BigDecimal expenditureAmount;
    private String receiptReference;
    private String expenditureDescription;

    public void load() {
        if (id == null) {
            return;
        }
        details = projects.details(id);
        deadlineList = deadlines.forProject(id);
        milestoneList = milestones.list(id);
        reportList = reports.list(id);
        Map<String, ReportView> byKey = new HashMap<>();
        reportList.forEach(r -> byKey.put(key(r), r));
        reportsByDeadline = byKey;
        costPlan = finances.costPlan(id);
        disbursements = finances.disbursements(id);
        var page = finances.expenditures(id, new PageRequest(0, 200, "spentOn,desc"));
        expenditures = page.items();
        expenditureCount = page.total();
        numericalProof = finances.numericalProof(id);
        flags = numericalProof.flags();
        extensionList = extensions.list(id);
    }

    private static String key(ReportView r) {
        return switch (r.kind()) {
            case MILESTONE_REPORT -> DeadlineKind.MILESTONE + ":" + r.milestoneId();
            case INTERIM_PROOF -> DeadlineKind.INTERIM_PROOF + ":" + r.fiscalYear();
            case FINAL_PROOF -> DeadlineKind.FINAL_PROOF.name();
        };
    }

    /** The report that fulfils the deadline, or {@code null}. */
    public ReportView reportFor(DeadlineView d) {
        return reportsByDeadline.get(d.key());
    }

    /** Whether the caller may start the report for this deadline now. */
    public boolean canStartReport(DeadlineView d) {
        return REPORTABLE.contains(d.kind()) && reportFor(d) == null && isMayWrite()
                && TAKES_REPORTS.contains(getProject().status());
    }

    public String startReport(DeadlineView d) {
        Long milestoneId = d.kind() == DeadlineKind.MILESTONE
                ? Long.valueOf(d.key().substring(d.key().indexOf(':') + 1)) : null;
        ReportKind kind = switch (d.kind()) {
            case MILESTONE -> ReportKind.MILESTONE_REPORT;
            case INTERIM_PROOF -> ReportKind.INTERIM_PROOF;
            default -> ReportKind.FINAL_PROOF;
        };
        ReportView created = reports.createDraft(id, new NewReport(kind, milestoneId,
                kind == ReportKind.INTERIM_PROOF ? d.fiscalYear() : null, ""));
        return "/app/funding/report?faces-redirect=true&id=" + created.id();
    }

    public void transition(ProjectAction action) {
        ProjectView changed = projects.transition(id, getProject().version(), action);
        messages.global(FacesMessage.SEVERITY_INFO, "funding.project.transitioned", changed.fundingReference());
        load();
    }

    public void prepareMilestone() {
        milestoneTitle = null;
        milestoneDueOn = null;
        milestoneDeliverable = null;
    }

    public void createMilestone() {
        milestones.create(id, new MilestoneInput(milestoneTitle, milestoneDueOn, milestoneDeliverable));
        messages.global(FacesMessage.SEVERITY_INFO, "funding.milestones.created", milestoneTitle);
        PrimeFaces.current().executeScript("PF('milestoneDialog').hide()");
        load();
    }

    public void prepareDisbursement() {
        disbursementAmount = null;
        payoutOn = null;
        disbursementReference = null;
    }

    public void recordDisbursement() {
        finances.recordDisbursement(id, new DisbursementInput(disbursementAmount, payoutOn, disbursementReference));
        messages.global(FacesMessage.SEVERITY_INFO, "funding.finances.disbursementRecorded");
        PrimeFaces.current().executeScript("PF('disbursementDialog').hide()");
        load();
    }

    public void prepareExpenditure() {
        spentOn = null;
        category = null;
        expenditureAmount = null;
        receiptReference = null;
        expenditureDescription = null;
    }

    public void recordExpenditure() {
        finances.recordExpenditure(id, new ExpenditureInput(spentOn, category, expenditureAmount, receiptReference,
                expenditureDescription));
        messages.global(FacesMessage.SEVERITY_INFO, "funding.finances.expenditureRecorded");
        PrimeFaces.current().executeScript("PF('expenditureDialog').hide()");
        load();
    }

    /** The cost plan's categories containing the typed text (an expenditure must use one of them). */
    public List<String> completeCategory(String query) {
        String q = query == null ? "" : query.trim().toLowerCase(java.util.Locale.ROOT);
        return costPlan.stream().map(CostPlanLineView::category).distinct().sorted()
                .filter(c -> c.toLowerCase(java.util.Locale.ROOT).contains(q)).toList();
    }

    public List<ProjectAction> getActions() {
        if (getProject() == null) {
            return List.of();
        }
        return switch (getProject().status()) {
            case DRAFT -> List.of(ProjectAction.APPROVE, ProjectAction.CANCEL);
            case APPROVED -> List.of(ProjectAction.START, ProjectAction.CANCEL);
            case RUNNING -> List.of(ProjectAction.END, ProjectAction.CANCEL);
            case ENDED -> List.of(ProjectAction.CANCEL);
            case FINAL_PROOF_SUBMITTED -> List.of(ProjectAction.CLOSE);
            case CLOSED, CANCELLED -> List.of();
        };
    }

    public boolean isOffice() {
        return external().isUserInRole(Roles.OFFICE);
    }

    public boolean isAuditor() {
        return external().isUserInRole(Roles.AUDITOR);
    }

    /** The office, or the project's own lead. */
    public boolean isMayWrite() {
        ProjectView p = getProject();
        return p != null && (isOffice() || (external().isUserInRole(Roles.PROJECT_LEAD)
                && p.leadUsername().equals(external().getRemoteUser())));
    }

    public String getAuditPackageUrl() {
        return external().getRequestContextPath() + "/api/v1/projects/" + id + "/audit-package";
    }

    private static ExternalContext external() {
        return FacesContext.getCurrentInstance().getExternalContext();
    }

    public ProjectView getProject() {
        return details == null ? null : details.project();
    }

    public ProjectDetails getDetails() {
        return details;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public List<DeadlineView> getDeadlines() {
        return deadlineList;
    }

    public List<MilestoneView> getMilestones() {
        return milestoneList;
    }

    public List<ReportView> getReports() {
        return reportList;
    }

    public List<CostPlanLineView> getCostPlan() {
        return costPlan;
    }

    public List<DisbursementView> getDisbursements() {
        return disbursements;
    }

    public List<ExpenditureView> getExpenditures() {
        return expenditures;
    }

    public long getExpenditureCount() {
        return expenditureCount;
    }

    public List<FlagView> getFlags() {
        return flags;
    }

    public NumericalProof getNumericalProof() {
        return numericalProof;
    }

    public List<ExtensionView> getExtensions() {
        return extensionList;
    }

    public String getMilestoneTitle() {
        return milestoneTitle;
    }

    public void setMilestoneTitle(String milestoneTitle) {
        this.milestoneTitle = milestoneTitle;
    }

    public LocalDate getMilestoneDueOn() {
        return milestoneDueOn;
    }

    public void setMilestoneDueOn(LocalDate milestoneDueOn) {
        this.milestoneDueOn = milestoneDueOn;
    }

    public String getMilestoneDeliverable() {
        return milestoneDeliverable;
    }

    public void setMilestoneDeliverable(String milestoneDeliverable) {
        this.milestoneDeliverable = milestoneDeliverable;
    }

    public BigDecimal getDisbursementAmount() {
        return disbursementAmount;
    }

    public void setDisbursementAmount(BigDecimal disbursementAmount) {
        this.disbursementAmount = disbursementAmount;
    }

    public LocalDate getPayoutOn() {
        return payoutOn;
    }

    public void setPayoutOn(LocalDate payoutOn) {
        this.payoutOn = payoutOn;
    }

    public String getDisbursementReference() {
        return disbursementReference;
    }

    public void setDisbursementReference(String disbursementReference) {
        this.disbursementReference = disbursementReference;
    }

    public LocalDate getSpentOn() {
        return spentOn;
    }

    public void setSpentOn(LocalDate spentOn) {
        this.spentOn = spentOn;
    }

    public String getCategory() {
        return category;
    }

    public void setCategory(String category) {
        this.category = category;
    }

    public BigDecimal getExpenditureAmount() {
        return expenditureAmount;
    }

    public void setExpenditureAmount(BigDecimal expenditureAmount) {
        this.expenditureAmount = expenditureAmount;
    }

    public String getReceiptReference() {
        return receiptReference;
    }

    public void setReceiptReference(String receiptReference) {
        this.receiptReference = receiptReference;
    }

    public String getExpenditureDescription() {
        return expenditureDescription;
    }

    public void setExpenditureDescription(String expenditureDescription) {
        this.expenditureDescription = expenditureDescription;
    }
}
