package de.netzwerkbuero.events.boundary;

import de.netzwerkbuero.events.api.AgendaItemView;
import de.netzwerkbuero.events.api.EventFilter;
import de.netzwerkbuero.events.api.EventView;
import de.netzwerkbuero.events.api.PublicEvents;
import de.netzwerkbuero.events.domain.Event;
import de.netzwerkbuero.events.infrastructure.persistence.AgendaRepository;
import de.netzwerkbuero.events.infrastructure.persistence.EventRepository;
import de.netzwerkbuero.platform.api.clock.BusinessClock;
import de.netzwerkbuero.platform.api.error.NotFoundException;
import de.netzwerkbuero.platform.api.paging.Page;
import de.netzwerkbuero.platform.api.paging.PageRequest;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/** Published events for everyone, without login. */
@Stateless
@PermitAll
public class PublicEventsBean implements PublicEvents {

    private static final Map<String, String> SORT_FIELDS = Map.of("startsAt", "e.startsAt", "title", "e.title");

    @Inject
    private EventRepository events;

    @Inject
    private AgendaRepository agenda;

    @Inject
    private EventViews views;

    @EJB
    private BusinessClock clock;

    @Override
    public Page<EventView> upcoming(EventFilter filter, PageRequest page) {
        EventFilter f = filter == null ? EventFilter.none() : filter;
        String sort = Sorting.path(page, SORT_FIELDS, "startsAt");
        OffsetDateTime now = clock.nowInOffice();
        List<Event> items = events.upcoming(f, now, page, sort, page.descending());
        long total = items.size() < page.size() && page.page() == 0 ? items.size() : events.countUpcoming(f, now);
        return new Page<>(views.publicViews(items), total, page.page(), page.size());
    }

    @Override
    public EventView get(long eventId) {
        return views.publicView(visible(eventId));
    }

    @Override
    public List<AgendaItemView> agenda(long eventId) {
        visible(eventId);
        return EventViews.agenda(agenda.of(eventId));
    }

    private Event visible(long eventId) {
        return events.find(eventId).filter(Event::wasPublished)
                .orElseThrow(() -> new NotFoundException(EventAccess.EVENT, eventId));
    }
}
