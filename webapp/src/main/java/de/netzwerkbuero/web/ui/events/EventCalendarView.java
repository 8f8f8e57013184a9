package de.netzwerkbuero.web.ui.events;

import de.netzwerkbuero.events.api.EventFilter;
import de.netzwerkbuero.events.api.EventStatus;
import de.netzwerkbuero.events.api.EventView;
import de.netzwerkbuero.events.api.Events;
import de.netzwerkbuero.platform.api.paging.PageRequest;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import org.primefaces.event.SelectEvent;
import org.primefaces.model.DefaultScheduleEvent;
import org.primefaces.model.LazyScheduleModel;
import org.primefaces.model.ScheduleEvent;
import org.primefaces.model.ScheduleModel;

import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDateTime;

/** The office's calendar (p:schedule): loads the events of the visible range; a click opens the editor. */
@Named
@ViewScoped
public class EventCalendarView implements Serializable {

    @EJB
    private Events events;

    private final ScheduleModel model = new LazyScheduleModel() {
        @Override
        public void loadEvents(LocalDateTime start, LocalDateTime end) {
            EventFilter filter = new EventFilter(null, null, start.toLocalDate(), end.toLocalDate(), null, null);
            for (EventView e : events.list(filter, new PageRequest(0, PageRequest.MAX_SIZE, "startsAt")).items()) {
                addEvent(DefaultScheduleEvent.builder()
                        .id(String.valueOf(e.id()))
                        .title(e.title())
                        .startDate(Berlin.local(e.startsAt()))
                        .endDate(Berlin.local(e.endsAt()))
                        .data(e.id())
                        .styleClass("event-" + e.status().name().toLowerCase(java.util.Locale.ROOT)
                                .replace('_', '-') + (e.status() == EventStatus.CANCELLED ? " event-cancelled" : ""))
                        .description(e.venue() == null ? "" : e.venue())
                        .build());
            }
        }
    };

    /** Opens the clicked event in the editor. */
    public void open(SelectEvent<ScheduleEvent<?>> selected) throws IOException {
        FacesContext context = FacesContext.getCurrentInstance();
        context.getExternalContext().redirect(context.getExternalContext().getRequestContextPath()
                + "/app/events/event.xhtml?id=" + selected.getObject().getData());
    }

    public ScheduleModel getModel() {
        return model;
    }
}
