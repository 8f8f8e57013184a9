package de.netzwerkbuero.events.infrastructure.persistence;

import de.netzwerkbuero.events.domain.Places;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.OptionalLong;

/**
 * The places of events as conditional updates of {@code events.event}: a place is taken only when the
 * database itself finds one free, so the capacity holds however many requests arrive at once.
 */
@ApplicationScoped
public class EventPlaces implements Places {

    private static final String TAKE_FOR_REGISTRATION = "UPDATE events.event SET confirmed_count = confirmed_count + 1"
            + " WHERE id = ? AND confirmed_count < capacity AND status = 'PUBLISHED'";
    private static final String TAKE_FOR_PROMOTION = "UPDATE events.event SET confirmed_count = confirmed_count + 1"
            + " WHERE id = ? AND confirmed_count < capacity AND status IN ('PUBLISHED', 'REGISTRATION_CLOSED')";
    private static final String DRAW_WAITLIST_NUMBER = "UPDATE events.event"
            + " SET last_waitlist_number = last_waitlist_number + 1 WHERE id = ? AND status = 'PUBLISHED'";
    private static final String READ_WAITLIST_NUMBER = "SELECT last_waitlist_number FROM events.event WHERE id = ?";
    private static final String RELEASE = "UPDATE events.event SET confirmed_count = confirmed_count - 1"
            + " WHERE id = ? AND confirmed_count > 0";
    private static final String RELEASE_ALL = "UPDATE events.event SET confirmed_count = 0 WHERE id = ?";

    @PersistenceContext(unitName = "events")
    private EntityManager em;

    @Override
    public boolean tryTake(long eventId, Purpose purpose) {
        String sql = purpose == Purpose.REGISTRATION ? TAKE_FOR_REGISTRATION : TAKE_FOR_PROMOTION;
        return update(sql, eventId) == 1;
    }

    @Override
    public OptionalLong nextWaitlistNumber(long eventId) {
        if (update(DRAW_WAITLIST_NUMBER, eventId) != 1) {
            return OptionalLong.empty();
        }
        Object number = em.createNativeQuery(READ_WAITLIST_NUMBER).setParameter(1, eventId).getSingleResult();
        return OptionalLong.of(((Number) number).longValue());
    }

    @Override
    public void release(long eventId) {
        update(RELEASE, eventId);
    }

    @Override
    public void releaseAll(long eventId) {
        update(RELEASE_ALL, eventId);
    }

    /** The places taken, as the database counts them now. */
    public int taken(long eventId) {
        Object count = em.createNativeQuery("SELECT confirmed_count FROM events.event WHERE id = ?")
                .setParameter(1, eventId).getSingleResult();
        return ((Number) count).intValue();
    }

    private int update(String sql, long eventId) {
        return em.createNativeQuery(sql).setParameter(1, eventId).executeUpdate();
    }
}
