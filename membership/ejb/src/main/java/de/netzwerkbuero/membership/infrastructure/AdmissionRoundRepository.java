package de.netzwerkbuero.membership.infrastructure;

import de.netzwerkbuero.membership.api.AdmissionRoundStatus;
import de.netzwerkbuero.membership.domain.AdmissionRound;
import de.netzwerkbuero.platform.api.error.NotFoundException;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.LocalDate;
import java.util.List;

/** Admission rounds, and taking a place in one. */
@Dependent
public class AdmissionRoundRepository {

    @PersistenceContext(unitName = "membership")
    private EntityManager em;

    public AdmissionRound require(long id) {
        AdmissionRound round = em.find(AdmissionRound.class, id);
        if (round == null) {
            throw new NotFoundException("Admission round", id);
        }
        return round;
    }

    public void add(AdmissionRound round) {
        em.persist(round);
        em.flush();
    }

    public void flush() {
        em.flush();
    }

    public List<AdmissionRound> all() {
        return em.createQuery("SELECT r FROM AdmissionRound r ORDER BY r.roundDate DESC, r.id DESC", AdmissionRound.class)
                .getResultList();
    }

    public List<AdmissionRound> notClosed() {
        return em.createQuery("SELECT r FROM AdmissionRound r WHERE r.status <> :closed", AdmissionRound.class)
                .setParameter("closed", AdmissionRoundStatus.CLOSED).getResultList();
    }

    /**
     * Takes one place with a single conditional update, so that of two concurrent admissions into the last place
     * exactly one succeeds: the database re-checks the condition on the locked row. Answers whether a place was
     * taken. The version moves too, so an edit of the round made meanwhile fails instead of overwriting.
     */
    public boolean takePlace(long roundId, LocalDate today) {
        return em.createQuery("UPDATE AdmissionRound r SET r.admittedCount = r.admittedCount + 1, "
                        + "r.version = r.version + 1 WHERE r.id = :id AND r.status = :open "
                        + "AND r.admittedCount < r.capacity AND r.roundDate > :today")
                .setParameter("id", roundId).setParameter("open", AdmissionRoundStatus.OPEN)
                .setParameter("today", today).executeUpdate() == 1;
    }
}
