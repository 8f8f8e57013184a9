package de.netzwerkbuero.platform.infrastructure;

import de.netzwerkbuero.platform.domain.OutboxMail;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.OffsetDateTime;
import java.util.List;

/** Outbox rows by recipient and by age, for the DSGVO requests and the retention period. */
@Dependent
public class OutboxMails {

    @PersistenceContext(unitName = "platform")
    private EntityManager em;

    /** Every mail to the (normalised) address, oldest first. */
    public List<OutboxMail> to(String email) {
        return em.createQuery("select m from OutboxMail m where lower(m.recipient) = :email order by m.id",
                        OutboxMail.class)
                .setParameter("email", email).getResultList();
    }

    /** Deletes every mail to the address; mail still waiting is thereby cancelled. */
    public int deleteTo(String email) {
        return em.createQuery("delete from OutboxMail m where lower(m.recipient) = :email")
                .setParameter("email", email).executeUpdate();
    }

    /** Deletes mail sent before the cut-off, and mail given up that was created before it. */
    public int deleteOlderThan(OffsetDateTime cutoff) {
        return em.createQuery("delete from OutboxMail m where (m.sentAt is not null and m.sentAt < :cutoff)"
                        + " or (m.sentAt is null and m.attempts >= :givenUp and m.createdAt < :cutoff)")
                .setParameter("cutoff", cutoff).setParameter("givenUp", OutboxMail.MAX_ATTEMPTS).executeUpdate();
    }
}
