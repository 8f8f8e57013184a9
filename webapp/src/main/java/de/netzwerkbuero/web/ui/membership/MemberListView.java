package de.netzwerkbuero.web.ui.membership;

import de.netzwerkbuero.membership.api.MemberFilter;
import de.netzwerkbuero.membership.api.MemberKind;
import de.netzwerkbuero.membership.api.MemberStatus;
import de.netzwerkbuero.membership.api.MemberView;
import de.netzwerkbuero.membership.api.Members;
import de.netzwerkbuero.membership.api.MunicipalityRegister;
import de.netzwerkbuero.membership.api.NewMember;
import de.netzwerkbuero.membership.api.RegisterEntry;
import de.netzwerkbuero.platform.api.paging.Page;
import de.netzwerkbuero.platform.api.paging.PageRequest;
import de.netzwerkbuero.web.ui.UiMessages;
import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.event.SelectEvent;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * The member list (server-side paging, sorting and filters) and the "new member" dialog, which finds the
 * municipality or district in the register and fills name, AGS, state and population from it.
 */
@Named
@ViewScoped
public class MemberListView implements Serializable {

    static final List<String> STATES = List.of("BB", "BE", "BW", "BY", "HB", "HE", "HH", "MV", "NI", "NW", "RP",
            "SH", "SL", "SN", "ST", "TH");

    @EJB
    private Members members;

    @EJB
    private MunicipalityRegister register;

    @Inject
    private UiMessages messages;

    private final LazyDataModel<MemberView> model = new MembersModel();
    private final RegisterSearch search = new RegisterSearch();

    private MemberStatus status;
    private String state;
    private MemberKind kind;
    private String q;

    private MemberKind newKind = MemberKind.KOMMUNE;
    private String registerEntry;
    private String name;
    private String ags;
    private String website;
    private String email;
    private String newState;
    private Integer population;

    public void prepareNew() {
        newKind = MemberKind.KOMMUNE;
        registerEntry = null;
        name = null;
        ags = null;
        website = null;
        email = null;
        newState = null;
        population = null;
    }

    public List<String> completeRegister(String text) {
        return search.complete(register, text);
    }

    public void onRegisterSelect(SelectEvent<String> event) {
        search.picked(register, event.getObject()).ifPresent(this::fillFrom);
    }

    private void fillFrom(RegisterEntry entry) {
        newKind = entry.memberKind();
        name = entry.name();
        ags = entry.key();
        newState = entry.state();
        population = entry.population();
    }

    /** A partner has no AGS: switching to PARTNER clears what the register filled in. */
    public void onKindChange() {
        if (newKind == MemberKind.PARTNER) {
            ags = null;
            newState = null;
            population = null;
            registerEntry = null;
        }
    }

    public String create() {
        MemberView created = members.create(new NewMember(newKind, name, newKind == MemberKind.PARTNER ? null : ags,
                website, email));
        messages.global(FacesMessage.SEVERITY_INFO, "members.created", created.name());
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        return "/app/members/member?faces-redirect=true&id=" + created.id();
    }

    public void clearFilters() {
        status = null;
        state = null;
        kind = null;
        q = null;
        Lazy.firstPage("list:members");
    }

    /** Applies the filters: back to the first page. */
    public void search() {
        Lazy.firstPage("list:members");
    }

    private class MembersModel extends LazyDataModel<MemberView> {

        @Override
        public int count(Map<String, FilterMeta> filters) {
            return (int) members.list(filter(), PageRequest.first(1)).total();
        }

        @Override
        public List<MemberView> load(int first, int pageSize, Map<String, SortMeta> sort, Map<String, FilterMeta> filters) {
            Page<MemberView> page = members.list(filter(), new PageRequest(first / pageSize, pageSize,
                    Lazy.sort(sort, "name")));
            setRowCount((int) page.total());
            return page.items();
        }

        @Override
        public String getRowKey(MemberView member) {
            return String.valueOf(member.id());
        }

        @Override
        public MemberView getRowData(String rowKey) {
            return getWrappedData() == null ? null : getWrappedData().stream()
                    .filter(m -> String.valueOf(m.id()).equals(rowKey)).findFirst().orElse(null);
        }
    }

    private MemberFilter filter() {
        return new MemberFilter(status, state, kind, q == null || q.isBlank() ? null : q.trim());
    }

    public LazyDataModel<MemberView> getModel() {
        return model;
    }

    public List<MemberStatus> getStatuses() {
        return List.of(MemberStatus.values());
    }

    public List<MemberKind> getKinds() {
        return List.of(MemberKind.values());
    }

    public List<String> getStates() {
        return STATES;
    }

    public boolean isPartner() {
        return newKind == MemberKind.PARTNER;
    }

    public MemberStatus getStatus() {
        return status;
    }

    public void setStatus(MemberStatus status) {
        this.status = status;
    }

    public String getState() {
        return state;
    }

    public void setState(String state) {
        this.state = state;
    }

    public MemberKind getKind() {
        return kind;
    }

    public void setKind(MemberKind kind) {
        this.kind = kind;
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }

    public MemberKind getNewKind() {
        return newKind;
    }

    public void setNewKind(MemberKind newKind) {
        this.newKind = newKind;
    }

    public String getRegisterEntry() {
        return registerEntry;
    }

    public void setRegisterEntry(String registerEntry) {
        this.registerEntry = registerEntry;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getAgs() {
        return ags;
    }

    public void setAgs(String ags) {
        this.ags = ags;
    }

    public String getWebsite() {
        return website;
    }

    public void setWebsite(String website) {
        this.website = website;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getNewState() {
        return newState;
    }

    public Integer getPopulation() {
        return population;
    }
}
