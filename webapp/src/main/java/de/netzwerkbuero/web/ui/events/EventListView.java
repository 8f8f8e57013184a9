package de.netzwerkbuero.web.ui.events;

import de.netzwerkbuero.events.api.EventFilter;
import de.netzwerkbuero.events.api.EventStatus;
import de.netzwerkbuero.events.api.EventType;
import de.netzwerkbuero.events.api.EventView;
import de.netzwerkbuero.events.api.Events;
import de.netzwerkbuero.platform.api.paging.Page;
import de.netzwerkbuero.platform.api.paging.PageRequest;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** The office's event list: lazy, sortable, filtered by type, status, dates and words. */
@Named
@ViewScoped
public class EventListView implements Serializable {

    @EJB
    private Events events;

    private EventType type;
    private EventStatus status;
    private LocalDate from;
    private LocalDate to;
    private String q;

    private final LazyDataModel<EventView> model = new EventsModel();

    /** The search button: the table reloads from the first page with the filters. */
    public void search() {
        // the lazy model reads the filters on its next load
    }

    public void reset() {
        type = null;
        status = null;
        from = null;
        to = null;
        q = null;
    }

    private EventFilter filter() {
        return new EventFilter(type, status, from, to, q == null || q.isBlank() ? null : q.trim(), null);
    }

    private class EventsModel extends LazyDataModel<EventView> {

        @Override
        public int count(Map<String, FilterMeta> filters) {
            return (int) events.list(filter(), PageRequest.first(1)).total();
        }

        @Override
        public List<EventView> load(int first, int pageSize, Map<String, SortMeta> sort, Map<String, FilterMeta> filters) {
            Page<EventView> page = events.list(filter(), new PageRequest(first / pageSize, pageSize,
                    LazySort.of(sort, "startsAt")));
            setRowCount((int) page.total());
            return page.items();
        }

        @Override
        public String getRowKey(EventView event) {
            return String.valueOf(event.id());
        }

        @Override
        public EventView getRowData(String rowKey) {
            return getWrappedData() == null ? null : getWrappedData().stream()
                    .filter(e -> String.valueOf(e.id()).equals(rowKey)).findFirst().orElse(null);
        }
    }

    public LazyDataModel<EventView> getModel() {
        return model;
    }

    public EventType getType() {
        return type;
    }

    public void setType(EventType type) {
        this.type = type;
    }

    public EventStatus getStatus() {
        return status;
    }

    public void setStatus(EventStatus status) {
        this.status = status;
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

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }
}
