package de.netzwerkbuero.web.ui.funding;

import de.netzwerkbuero.funding.api.ProgramView;
import de.netzwerkbuero.funding.api.Programs;
import de.netzwerkbuero.funding.api.ProjectFilter;
import de.netzwerkbuero.funding.api.ProjectInput;
import de.netzwerkbuero.funding.api.ProjectStatus;
import de.netzwerkbuero.funding.api.ProjectView;
import de.netzwerkbuero.funding.api.Projects;
import de.netzwerkbuero.membership.api.MemberFilter;
import de.netzwerkbuero.membership.api.MemberStatus;
import de.netzwerkbuero.membership.api.Members;
import de.netzwerkbuero.platform.api.Roles;
import de.netzwerkbuero.platform.api.account.AccountView;
import de.netzwerkbuero.platform.api.account.Directory;
import de.netzwerkbuero.platform.api.paging.Page;
import de.netzwerkbuero.platform.api.paging.PageRequest;
import de.netzwerkbuero.web.ui.UiMessages;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The project list (lazy; filters programme, status, lead, overdue; a lead sees only their own projects) and,
 * for the office, the dialog that creates a project.
 */
@Named
@ViewScoped
public class ProjectsView implements Serializable {

    @EJB
    private Projects projects;
    @EJB
    private Programs programs;
    @EJB
    private Members members;
    @EJB
    private Directory directory;
    @Inject
    private UiMessages messages;

    private final LazyDataModel<ProjectView> model = new ProjectsModel();
    private Map<Long, String> programmeNames;

    private Long filterProgramId;
    private ProjectStatus filterStatus;
    private String filterLead;
    /** "", "true" or "false". */
    private String filterOverdue;

    private Long programId;
    /** "Name #id" as chosen in the auto-complete. */
    private String member;
    private String title;
    private String fundingReference;
    private LocalDate periodStart;
    private LocalDate periodEnd;
    private BigDecimal approvedAmount;
    private BigDecimal ownShare;
    private String leadUsername;

    @PostConstruct
    void load() {
        programmeNames = programs.list().stream().collect(Collectors.toMap(ProgramView::id, ProgramView::name));
    }

    public void search() {
        // the table reloads with the filters on its next render
    }

    public void prepareNew() {
        programId = null;
        member = null;
        title = null;
        fundingReference = null;
        periodStart = null;
        periodEnd = null;
        approvedAmount = null;
        ownShare = BigDecimal.ZERO;
        leadUsername = null;
    }

    public String create() {
        ProjectView created = projects.create(new ProjectInput(programId == null ? 0 : programId, memberId(), title,
                fundingReference, periodStart, periodEnd, approvedAmount, ownShare, leadUsername));
        messages.global(FacesMessage.SEVERITY_INFO, "funding.projects.created", created.fundingReference());
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        return "/app/funding/project?faces-redirect=true&id=" + created.id();
    }

    /** ACTIVE members whose name contains the typed text, as "Name #id". */
    public List<String> completeMember(String query) {
        return members.list(new MemberFilter(MemberStatus.ACTIVE, null, null, query), PageRequest.first(15)).items()
                .stream().map(m -> m.name() + " #" + m.id()).toList();
    }

    private long memberId() {
        if (member == null || member.lastIndexOf('#') < 0) {
            return 0;
        }
        try {
            return Long.parseLong(member.substring(member.lastIndexOf('#') + 1).trim());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    public List<String> getLeads() {
        return directory.withRole(Roles.PROJECT_LEAD).stream().filter(AccountView::enabled)
                .map(AccountView::username).sorted().toList();
    }

    public List<ProgramView> getProgrammes() {
        return programs.list();
    }

    public String programmeName(long id) {
        return programmeNames.getOrDefault(id, String.valueOf(id));
    }

    private class ProjectsModel extends LazyDataModel<ProjectView> {

        @Override
        public int count(Map<String, FilterMeta> filters) {
            return (int) projects.list(filter(), PageRequest.first(1)).total();
        }

        @Override
        public List<ProjectView> load(int first, int pageSize, Map<String, SortMeta> sort,
                                      Map<String, FilterMeta> filters) {
            String sortParam = sort.values().stream().findFirst()
                    .map(s -> s.getField() + (s.getOrder() == SortOrder.DESCENDING ? ",desc" : ""))
                    .orElse("periodStart,desc");
            Page<ProjectView> page = projects.list(filter(), new PageRequest(first / pageSize, pageSize, sortParam));
            setRowCount((int) page.total());
            return page.items();
        }

        @Override
        public String getRowKey(ProjectView project) {
            return String.valueOf(project.id());
        }
    }

    private ProjectFilter filter() {
        Boolean overdue = filterOverdue == null || filterOverdue.isEmpty() ? null : Boolean.valueOf(filterOverdue);
        return new ProjectFilter(filterProgramId, filterStatus,
                filterLead == null || filterLead.isBlank() ? null : filterLead.trim(), overdue);
    }

    public LazyDataModel<ProjectView> getModel() {
        return model;
    }

    public Long getFilterProgramId() {
        return filterProgramId;
    }

    public void setFilterProgramId(Long filterProgramId) {
        this.filterProgramId = filterProgramId;
    }

    public ProjectStatus getFilterStatus() {
        return filterStatus;
    }

    public void setFilterStatus(ProjectStatus filterStatus) {
        this.filterStatus = filterStatus;
    }

    public String getFilterLead() {
        return filterLead;
    }

    public void setFilterLead(String filterLead) {
        this.filterLead = filterLead;
    }

    public String getFilterOverdue() {
        return filterOverdue;
    }

    public void setFilterOverdue(String filterOverdue) {
        this.filterOverdue = filterOverdue;
    }

    public Long getProgramId() {
        return programId;
    }

    public void setProgramId(Long programId) {
        this.programId = programId;
    }

    public String getMember() {
        return member;
    }

    public void setMember(String member) {
        this.member = member;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getFundingReference() {
        return fundingReference;
    }

    public void setFundingReference(String fundingReference) {
        this.fundingReference = fundingReference;
    }

    public LocalDate getPeriodStart() {
        return periodStart;
    }

    public void setPeriodStart(LocalDate periodStart) {
        this.periodStart = periodStart;
    }

    public LocalDate getPeriodEnd() {
        return periodEnd;
    }

    public void setPeriodEnd(LocalDate periodEnd) {
        this.periodEnd = periodEnd;
    }

    public BigDecimal getApprovedAmount() {
        return approvedAmount;
    }

    public void setApprovedAmount(BigDecimal approvedAmount) {
        this.approvedAmount = approvedAmount;
    }

    public BigDecimal getOwnShare() {
        return ownShare;
    }

    public void setOwnShare(BigDecimal ownShare) {
        this.ownShare = ownShare;
    }

    public String getLeadUsername() {
        return leadUsername;
    }

    public void setLeadUsername(String leadUsername) {
        this.leadUsername = leadUsername;
    }
}
