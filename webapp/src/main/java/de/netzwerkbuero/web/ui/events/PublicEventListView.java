package de.netzwerkbuero.web.ui.events;

import de.netzwerkbuero.events.api.EventFilter;
import de.netzwerkbuero.events.api.EventType;
import de.netzwerkbuero.events.api.EventView;
import de.netzwerkbuero.events.api.PublicEvents;
import de.netzwerkbuero.platform.api.paging.Page;
import de.netzwerkbuero.platform.api.paging.PageRequest;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/** The public list of upcoming events, by date, optionally of one type. */
@Named
@ViewScoped
public class PublicEventListView implements Serializable {

    @EJB
    private PublicEvents publicEvents;

    private EventType type;

    private final LazyDataModel<EventView> model = new LazyDataModel<>() {

        @Override
        public int count(Map<String, FilterMeta> filters) {
            return (int) publicEvents.upcoming(filter(), PageRequest.first(1)).total();
        }

        @Override
        public List<EventView> load(int first, int pageSize, Map<String, SortMeta> sort, Map<String, FilterMeta> filters) {
            Page<EventView> page = publicEvents.upcoming(filter(), new PageRequest(first / pageSize, pageSize, "startsAt"));
            setRowCount((int) page.total());
            return page.items();
        }

        @Override
        public String getRowKey(EventView event) {
            return String.valueOf(event.id());
        }
    };

    private EventFilter filter() {
        return new EventFilter(type, null, null, null, null, null);
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
}
