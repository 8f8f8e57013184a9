package de.netzwerkbuero.events.infrastructure.persistence;

import de.netzwerkbuero.events.domain.AgendaItem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.Optional;

/** The agenda items of events, in the order they take place. */
@ApplicationScoped
public class AgendaRepository {

    @PersistenceContext(unitName = "events")
    private EntityManager em;

    public List<AgendaItem> of(long eventId) {
        return em.createQuery("select a from AgendaItem a where a.eventId = :e order by a.startsAt, a.id",
                        AgendaItem.class)
                .setParameter("e", eventId)
                .getResultList();
    }

    public Optional<AgendaItem> find(long eventId, long itemId) {
        return Optional.ofNullable(em.find(AgendaItem.class, itemId)).filter(a -> a.getEventId() == eventId);
    }

    public void add(AgendaItem item) {
        em.persist(item);
        em.flush();
    }

    public void remove(AgendaItem item) {
        em.remove(item);
    }
}
