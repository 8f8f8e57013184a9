package de.netzwerkbuero.web.ui.membership;

import de.netzwerkbuero.membership.api.MemberView;
import de.netzwerkbuero.membership.api.PersonalData;
import de.netzwerkbuero.membership.api.ProspectStatus;
import de.netzwerkbuero.membership.api.ProspectView;
import de.netzwerkbuero.membership.api.Prospects;
import de.netzwerkbuero.platform.api.paging.Page;
import de.netzwerkbuero.platform.api.privacy.ErasureReport;
import de.netzwerkbuero.platform.api.paging.PageRequest;
import de.netzwerkbuero.web.ui.UiMessages;
import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.StreamedContent;

import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/** The office's list of prospects: filter, renew, turn into a member, export and erase (DSGVO). */
@Named
@ViewScoped
public class ProspectsView implements Serializable {

    @EJB
    private Prospects prospects;

    @EJB
    private PersonalData personalData;

    @Inject
    private UiMessages messages;

    private final LazyDataModel<ProspectView> model = new ProspectsModel();
    private ProspectStatus status;
    private String q;

    public String convert(ProspectView prospect) {
        MemberView member = prospects.convertToMember(prospect.id(), null);
        messages.global(FacesMessage.SEVERITY_INFO, "prospects.converted", member.name());
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        return "/app/members/member?faces-redirect=true&id=" + member.id();
    }

    public void renew(ProspectView prospect) {
        ProspectView renewed = prospects.renew(prospect.id());
        messages.global(FacesMessage.SEVERITY_INFO, "prospects.renewed", Labels.date(renewed.expiresOn()));
    }

    public StreamedContent export(ProspectView prospect) {
        byte[] json = personalData.exportProspect(prospect.id()).getBytes(StandardCharsets.UTF_8);
        return DefaultStreamedContent.builder()
                .name("prospect-" + prospect.id() + ".json")
                .contentType("application/json")
                .contentLength((long) json.length)
                .stream(() -> new ByteArrayInputStream(json))
                .build();
    }

    public void erase(ProspectView prospect) {
        ErasureReport report = personalData.eraseProspect(prospect.id());
        if (report.complete()) {
            messages.global(FacesMessage.SEVERITY_INFO, "prospects.erased");
        } else {
            messages.global(FacesMessage.SEVERITY_ERROR, "privacy.erasureIncomplete",
                    String.join(", ", report.failedModules()), report.erasureId());
        }
    }

    /** Applies the filters: back to the first page. */
    public void search() {
        Lazy.firstPage("list:prospects");
    }

    private class ProspectsModel extends LazyDataModel<ProspectView> {

        @Override
        public int count(Map<String, FilterMeta> filters) {
            return (int) prospects.list(status, query(), PageRequest.first(1)).total();
        }

        @Override
        public List<ProspectView> load(int first, int pageSize, Map<String, SortMeta> sort, Map<String, FilterMeta> filters) {
            Page<ProspectView> page = prospects.list(status, query(), new PageRequest(first / pageSize, pageSize,
                    Lazy.sort(sort, "signedUpAt,desc")));
            setRowCount((int) page.total());
            return page.items();
        }

        @Override
        public String getRowKey(ProspectView prospect) {
            return String.valueOf(prospect.id());
        }

        @Override
        public ProspectView getRowData(String rowKey) {
            return getWrappedData() == null ? null : getWrappedData().stream()
                    .filter(p -> String.valueOf(p.id()).equals(rowKey)).findFirst().orElse(null);
        }
    }

    private String query() {
        return q == null || q.isBlank() ? null : q.trim();
    }

    public LazyDataModel<ProspectView> getModel() {
        return model;
    }

    public List<ProspectStatus> getStatuses() {
        return List.of(ProspectStatus.values());
    }

    public ProspectStatus getStatus() {
        return status;
    }

    public void setStatus(ProspectStatus status) {
        this.status = status;
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }
}
