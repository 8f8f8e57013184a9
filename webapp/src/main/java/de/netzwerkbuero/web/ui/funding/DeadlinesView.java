package de.netzwerkbuero.web.ui.funding;

import de.netzwerkbuero.funding.api.DeadlineFilter;
import de.netzwerkbuero.funding.api.DeadlineKind;
import de.netzwerkbuero.funding.api.DeadlineView;
import de.netzwerkbuero.funding.api.Deadlines;
import de.netzwerkbuero.platform.api.paging.Page;
import de.netzwerkbuero.platform.api.paging.PageRequest;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** The deadline calendar over every project the caller may see, lazy, filtered by period, overdue and kind. */
@Named
@ViewScoped
public class DeadlinesView implements Serializable {

    @EJB
    private Deadlines deadlines;

    private final LazyDataModel<DeadlineView> model = new DeadlinesModel();

    private LocalDate from;
    private LocalDate to;
    /** "", "true" or "false". */
    private String overdue;
    private DeadlineKind kind;

    public void search() {
        // the table reloads with the filters on its next render
    }

    public List<DeadlineKind> getKinds() {
        return List.of(DeadlineKind.values());
    }

    private DeadlineFilter filter() {
        return new DeadlineFilter(from, to, overdue == null || overdue.isEmpty() ? null : Boolean.valueOf(overdue),
                null, kind);
    }

    private class DeadlinesModel extends LazyDataModel<DeadlineView> {

        @Override
        public int count(Map<String, FilterMeta> filters) {
            return (int) deadlines.list(filter(), PageRequest.first(1)).total();
        }

        @Override
        public List<DeadlineView> load(int first, int pageSize, Map<String, SortMeta> sort,
                                       Map<String, FilterMeta> filters) {
            String sortParam = sort.values().stream().findFirst()
                    .map(s -> s.getField() + (s.getOrder() == SortOrder.DESCENDING ? ",desc" : ""))
                    .orElse("dueOn");
            Page<DeadlineView> page = deadlines.list(filter(), new PageRequest(first / pageSize, pageSize, sortParam));
            setRowCount((int) page.total());
            return page.items();
        }

        @Override
        public String getRowKey(DeadlineView d) {
            return String.valueOf(d.id());
        }
    }

    public LazyDataModel<DeadlineView> getModel() {
        return model;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    public String getOverdue() {
        return overdue;
    }

    public void setOverdue(String overdue) {
        this.overdue = overdue;
    }

    public DeadlineKind getKind() {
        return kind;
    }

    public void setKind(DeadlineKind kind) {
        this.kind = kind;
    }
}
