package de.netzwerkbuero.events.boundary;

import de.netzwerkbuero.events.api.AgendaItemView;
import de.netzwerkbuero.events.api.EventView;
import de.netzwerkbuero.events.domain.AgendaItem;
import de.netzwerkbuero.events.domain.Event;
import de.netzwerkbuero.events.infrastructure.persistence.EventRepository;
import de.netzwerkbuero.events.infrastructure.persistence.EventRepository.PlaceCounts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.List;
import java.util.Map;

/** Builds event DTOs with their counts, inside the caller's transaction. */
@ApplicationScoped
public class EventViews {

    @Inject
    private EventRepository events;

    public EventView of(Event event) {
        return views(List.of(event)).get(0);
    }

    /** The views of a page of events, counting places for all of them in one query. */
    public List<EventView> views(List<Event> page) {
        return views(page, true);
    }

    /** What anyone may see: without the online link, which only people holding a place receive (by mail). */
    public EventView publicView(Event event) {
        return publicViews(List.of(event)).get(0);
    }

    public List<EventView> publicViews(List<Event> page) {
        return views(page, false);
    }

    private List<EventView> views(List<Event> page, boolean withOnlineLink) {
        Map<Long, PlaceCounts> counts = events.counts(page.stream().map(Event::getId).toList());
        return page.stream().map(e -> view(e, counts.getOrDefault(e.getId(), new PlaceCounts(0, 0)), withOnlineLink))
                .toList();
    }

    private static EventView view(Event e, PlaceCounts counts, boolean withOnlineLink) {
        return new EventView(e.getId(), e.getType(), e.getFormat(), e.getTitle(), e.getDescription(),
                OfficeTime.of(e.getStartsAt()), OfficeTime.of(e.getEndsAt()), e.getVenue(),
                withOnlineLink ? e.getOnlineUrl() : null,
                e.getHostMemberId(), e.getCapacity(), e.getPerMemberQuota(), e.getAudience(),
                OfficeTime.of(e.getRegistrationOpensAt()), OfficeTime.of(e.getRegistrationClosesAt()),
                e.getProjectId(), e.getStatus(), counts.taken(), counts.waiting(), e.getVersion());
    }

    public static AgendaItemView of(AgendaItem a, int position) {
        return new AgendaItemView(a.getId(), a.getEventId(), position, OfficeTime.of(a.getStartsAt()),
                OfficeTime.of(a.getEndsAt()), a.getTitle(), a.getDescription(), a.getLocation());
    }

    public static List<AgendaItemView> agenda(List<AgendaItem> items) {
        return java.util.stream.IntStream.range(0, items.size()).mapToObj(i -> of(items.get(i), i + 1)).toList();
    }
}
