package de.netzwerkbuero.membership.infrastructure;

import de.netzwerkbuero.membership.api.ProspectStatus;
import de.netzwerkbuero.membership.domain.Prospect;
import de.netzwerkbuero.platform.api.error.NotFoundException;
import de.netzwerkbuero.platform.api.paging.Page;
import de.netzwerkbuero.platform.api.paging.PageRequest;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Prospects. */
@Dependent
public class ProspectRepository {

    private static final List<ProspectStatus> OPEN = List.of(ProspectStatus.PENDING, ProspectStatus.CONFIRMED);
    private static final Map<String, String> SORT = new LinkedHashMap<>();

    static {
        SORT.put("signedUpAt", "p.signedUpAt");
        SORT.put("organisation", "p.organisation");
        SORT.put("email", "p.email");
        SORT.put("status", "p.status");
        SORT.put("expiresOn", "p.expiresOn");
    }

    @PersistenceContext(unitName = "membership")
    private EntityManager em;

    public Prospect require(long id) {
        Prospect prospect = em.find(Prospect.class, id);
        if (prospect == null) {
            throw new NotFoundException("Prospect", id);
        }
        return prospect;
    }

    public void add(Prospect prospect) {
        em.persist(prospect);
        em.flush();
    }

    public void flush() {
        em.flush();
    }

    public Optional<Prospect> byTokenHash(String hash) {
        return em.createQuery("SELECT p FROM Prospect p WHERE p.tokenHash = :hash", Prospect.class)
                .setParameter("hash", hash).getResultStream().findFirst();
    }

    /** The pending or confirmed record of this address, if there is one. */
    public Optional<Prospect> openByEmail(String email) {
        return em.createQuery("SELECT p FROM Prospect p WHERE p.email = :email AND p.status IN :open ORDER BY p.id DESC",
                        Prospect.class)
                .setParameter("email", email).setParameter("open", OPEN).setMaxResults(1).getResultStream().findFirst();
    }

    /** Every record of this (normalised) address, whatever its status. */
    public List<Prospect> allByEmail(String email) {
        return em.createQuery("SELECT p FROM Prospect p WHERE LOWER(p.email) = :email ORDER BY p.id", Prospect.class)
                .setParameter("email", email).getResultList();
    }

    public List<Prospect> confirmed(LocalDate today) {
        return em.createQuery("SELECT p FROM Prospect p WHERE p.status = :confirmed AND p.expiresOn >= :today "
                        + "ORDER BY p.organisation, p.id", Prospect.class)
                .setParameter("confirmed", ProspectStatus.CONFIRMED).setParameter("today", today).getResultList();
    }

    public boolean isConfirmed(String email, LocalDate today) {
        return !em.createQuery("SELECT p.id FROM Prospect p WHERE p.email = :email AND p.status = :confirmed "
                        + "AND p.expiresOn >= :today", Long.class)
                .setParameter("email", email).setParameter("confirmed", ProspectStatus.CONFIRMED)
                .setParameter("today", today).setMaxResults(1).getResultList().isEmpty();
    }

    public List<Long> dueForExpiry(LocalDate today) {
        return em.createQuery("SELECT p.id FROM Prospect p WHERE p.status IN :open AND p.expiresOn < :today", Long.class)
                .setParameter("open", OPEN).setParameter("today", today).getResultList();
    }

    public Page<Prospect> page(ProspectStatus status, String q, PageRequest page) {
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (status != null) {
            where.append(" AND p.status = :status");
            params.put("status", status);
        }
        if (q != null && !q.isBlank()) {
            where.append(" AND (LOWER(p.organisation) LIKE :q ESCAPE '\\' OR LOWER(p.contactName) LIKE :q ESCAPE '\\'"
                    + " OR p.email LIKE :q ESCAPE '\\')");
            params.put("q", Queries.contains(q));
        }
        String order = page.sort() == null || page.sort().isBlank()
                ? " ORDER BY p.signedUpAt DESC, p.id DESC" : Queries.orderBy(page, SORT, "signedUpAt", "p.id");
        TypedQuery<Prospect> items = em.createQuery("SELECT p FROM Prospect p" + where + order, Prospect.class);
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(p) FROM Prospect p" + where, Long.class);
        params.forEach((k, v) -> {
            items.setParameter(k, v);
            count.setParameter(k, v);
        });
        List<Prospect> rows = items.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
        long total = page.offset() == 0 && rows.size() < page.size() ? rows.size() : count.getSingleResult();
        return new Page<>(rows, total, page.page(), page.size());
    }
}
