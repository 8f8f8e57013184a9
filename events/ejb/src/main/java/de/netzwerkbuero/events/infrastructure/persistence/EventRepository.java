package de.netzwerkbuero.events.infrastructure.persistence;

import de.netzwerkbuero.events.api.EventFilter;
import de.netzwerkbuero.events.api.EventStatus;
import de.netzwerkbuero.events.api.RegistrationStatus;
import de.netzwerkbuero.events.domain.Event;
import de.netzwerkbuero.events.domain.EventScope;
import de.netzwerkbuero.platform.api.clock.BusinessClock;
import de.netzwerkbuero.platform.api.paging.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Events by id and by filter, and the counts shown with them. */
@ApplicationScoped
public class EventRepository {

    /** The sortable fields of the event list and their JPQL paths. */
    public static final Map<String, String> SORT_FIELDS = Map.of("startsAt", "e.startsAt", "title", "e.title",
            "type", "e.type", "status", "e.status", "capacity", "e.capacity", "id", "e.id");

    @PersistenceContext(unitName = "events")
    private EntityManager em;

    public Optional<Event> find(long id) {
        return Optional.ofNullable(em.find(Event.class, id));
    }

    public void add(Event event) {
        em.persist(event);
        // The place counter works on the row with SQL of its own, so the row must exist before the first use.
        em.flush();
    }

    /** Writes pending changes now, so that a database constraint speaks here and not at commit. */
    public void flush() {
        em.flush();
    }

    public List<Event> page(EventFilter filter, EventScope scope, PageRequest page, String sortPath,
                            boolean descending) {
        QueryParts parts = where(filter, scope);
        TypedQuery<Event> query = em.createQuery("select e from Event e" + parts.where() + " order by " + sortPath
                + (descending ? " desc" : " asc") + ", e.id", Event.class);
        parts.bind(query);
        return query.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
    }

    public long count(EventFilter filter, EventScope scope) {
        QueryParts parts = where(filter, scope);
        TypedQuery<Long> query = em.createQuery("select count(e) from Event e" + parts.where(), Long.class);
        parts.bind(query);
        return query.getSingleResult();
    }

    private static QueryParts where(EventFilter filter, EventScope scope) {
        QueryParts parts = new QueryParts();
        if (!scope.all()) {
            parts.add("e.projectId is not null");
            if (!scope.anyProject()) {
                parts.add("e.projectId in :projects", "projects", scope.projectIds().isEmpty()
                        ? List.of(-1L) : scope.projectIds());
            }
        }
        if (filter.type() != null) {
            parts.add("e.type = :type", "type", filter.type());
        }
        if (filter.status() != null) {
            parts.add("e.status = :status", "status", filter.status());
        }
        if (filter.projectId() != null) {
            parts.add("e.projectId = :projectId", "projectId", filter.projectId());
        }
        if (filter.from() != null) {
            parts.add("e.startsAt >= :from", "from", startOf(filter.from()));
        }
        if (filter.to() != null) {
            parts.add("e.startsAt < :to", "to", startOf(filter.to().plusDays(1)));
        }
        if (filter.q() != null && !filter.q().isBlank()) {
            parts.add("(lower(e.title) like :q escape '\\' or lower(e.venue) like :q escape '\\')", "q",
                    QueryParts.containsPattern(filter.q()));
        }
        return parts;
    }

    /** Published events (or closed for registration) that have not ended, for the public pages. */
    public List<Event> upcoming(EventFilter filter, OffsetDateTime now, PageRequest page, String sortPath,
                                boolean descending) {
        QueryParts parts = upcomingWhere(filter, now);
        TypedQuery<Event> query = em.createQuery("select e from Event e" + parts.where() + " order by " + sortPath
                + (descending ? " desc" : " asc") + ", e.id", Event.class);
        parts.bind(query);
        return query.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
    }

    public long countUpcoming(EventFilter filter, OffsetDateTime now) {
        QueryParts parts = upcomingWhere(filter, now);
        TypedQuery<Long> query = em.createQuery("select count(e) from Event e" + parts.where(), Long.class);
        parts.bind(query);
        return query.getSingleResult();
    }

    private static QueryParts upcomingWhere(EventFilter filter, OffsetDateTime now) {
        EventFilter withoutStatus = new EventFilter(filter.type(), null, filter.from(), filter.to(), filter.q(),
                filter.projectId());
        QueryParts parts = where(withoutStatus, EventScope.everything());
        parts.add("e.status in :visible", "visible", List.of(EventStatus.PUBLISHED, EventStatus.REGISTRATION_CLOSED));
        parts.add("e.endsAt > :now", "now", now);
        return parts;
    }

    /** Events a calendar feed shows: published at some time, starting after {@code since}. */
    public List<Event> forFeed(OffsetDateTime since, int limit) {
        return em.createQuery("select e from Event e where e.publishedAt is not null and e.startsAt >= :since"
                        + " order by e.startsAt, e.id", Event.class)
                .setParameter("since", since)
                .setMaxResults(limit)
                .getResultList();
    }

    /** The funding projects that have events at all, to find a project lead's. */
    public List<Long> projectIdsWithEvents() {
        return em.createQuery("select distinct e.projectId from Event e where e.projectId is not null", Long.class)
                .getResultList();
    }

    /** The oldest event with exactly this title (the demo data finds its own events by it). */
    public Optional<Event> findByTitle(String title) {
        return em.createQuery("select e from Event e where e.title = :t order by e.id", Event.class)
                .setParameter("t", title).setMaxResults(1).getResultStream().findFirst();
    }

    public boolean any() {
        return !em.createQuery("select e.id from Event e", Long.class).setMaxResults(1).getResultList().isEmpty();
    }

    /** Places taken and people waiting per event, counted from the registrations in one query. */
    public Map<Long, PlaceCounts> counts(Collection<Long> eventIds) {
        Map<Long, PlaceCounts> counts = new HashMap<>();
        if (eventIds.isEmpty()) {
            return counts;
        }
        List<Object[]> rows = em.createQuery("select r.eventId, r.status, count(r) from Registration r"
                        + " where r.eventId in :ids and r.status <> :cancelled group by r.eventId, r.status",
                        Object[].class)
                .setParameter("ids", eventIds)
                .setParameter("cancelled", RegistrationStatus.CANCELLED)
                .getResultList();
        for (Object[] row : rows) {
            long eventId = ((Number) row[0]).longValue();
            int n = ((Number) row[2]).intValue();
            PlaceCounts before = counts.getOrDefault(eventId, PlaceCounts.NONE);
            counts.put(eventId, row[1] == RegistrationStatus.WAITLISTED ? before.plusWaiting(n) : before.plusTaken(n));
        }
        return counts;
    }

    private static OffsetDateTime startOf(java.time.LocalDate date) {
        return date.atStartOfDay(BusinessClock.OFFICE_ZONE).toOffsetDateTime();
    }

    /** Places taken (confirmed, attended, no-show) and people waiting. */
    public record PlaceCounts(int taken, int waiting) {

        static final PlaceCounts NONE = new PlaceCounts(0, 0);

        PlaceCounts plusTaken(int n) {
            return new PlaceCounts(taken + n, waiting);
        }

        PlaceCounts plusWaiting(int n) {
            return new PlaceCounts(taken, waiting + n);
        }
    }
}
