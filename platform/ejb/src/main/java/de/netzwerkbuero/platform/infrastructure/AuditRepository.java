package de.netzwerkbuero.platform.infrastructure;

import de.netzwerkbuero.platform.api.audit.AuditQuery;
import de.netzwerkbuero.platform.domain.AuditChainHead;
import de.netzwerkbuero.platform.domain.StoredAuditEntry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Queries over the audit trail: keyset pages, the unchained tail, the chain in order. */
@ApplicationScoped
public class AuditRepository {

    @PersistenceContext(unitName = "platform")
    private EntityManager em;

    /** Newest first, below {@code beforeId}; one row more than the limit tells whether a next page exists. */
    public List<StoredAuditEntry> slice(AuditQuery q) {
        TypedQuery<StoredAuditEntry> query = filtered("select e from StoredAuditEntry e", q, q.beforeId(), " order by e.id desc");
        return query.setMaxResults(q.limit() + 1).getResultList();
    }

    /** In id order, after {@code afterId}, at most {@code chunk} rows: for streaming exports. */
    public List<StoredAuditEntry> chunkAfter(AuditQuery q, long afterId, int chunk) {
        TypedQuery<StoredAuditEntry> query = filtered("select e from StoredAuditEntry e", q, null,
                " and e.id > :afterId order by e.id");
        return query.setParameter("afterId", afterId).setMaxResults(chunk).getResultList();
    }

    private TypedQuery<StoredAuditEntry> filtered(String select, AuditQuery q, Long beforeId, String tail) {
        StringBuilder jpql = new StringBuilder(select).append(" where 1 = 1");
        List<Object[]> params = new ArrayList<>();
        add(jpql, params, "actor", "e.actor = :actor", q.actor());
        add(jpql, params, "entityType", "e.entityType = :entityType", q.entityType());
        add(jpql, params, "entityId", "e.entityId = :entityId", q.entityId());
        add(jpql, params, "action", "e.action = :action", q.action());
        add(jpql, params, "from", "e.at >= :from", q.from());
        add(jpql, params, "to", "e.at < :to", q.to());
        add(jpql, params, "beforeId", "e.id < :beforeId", beforeId);
        TypedQuery<StoredAuditEntry> query = em.createQuery(jpql.append(tail).toString(), StoredAuditEntry.class);
        params.forEach(p -> query.setParameter((String) p[0], p[1]));
        return query;
    }

    private static void add(StringBuilder jpql, List<Object[]> params, String name, String condition, Object value) {
        if (value != null && !(value instanceof String s && s.isBlank())) {
            jpql.append(" and ").append(condition);
            params.add(new Object[]{name, value});
        }
    }

    public long unchainedCount() {
        return em.createQuery("select count(e) from StoredAuditEntry e where e.position is null", Long.class)
                .getSingleResult();
    }

    public List<StoredAuditEntry> unchained(int limit) {
        return em.createQuery("select e from StoredAuditEntry e where e.position is null order by e.id",
                StoredAuditEntry.class).setMaxResults(limit).getResultList();
    }

    /** Chained entries with position above {@code afterPosition}, in chain order. */
    public List<StoredAuditEntry> chainAfter(long afterPosition, int limit) {
        return em.createQuery("select e from StoredAuditEntry e where e.position > :p order by e.position",
                StoredAuditEntry.class).setParameter("p", afterPosition).setMaxResults(limit).getResultList();
    }

    /** The chained entry at a position, if there is one. */
    public Optional<StoredAuditEntry> atPosition(long position) {
        return em.createQuery("select e from StoredAuditEntry e where e.position = :p", StoredAuditEntry.class)
                .setParameter("p", position).getResultStream().findFirst();
    }

    /** The highest position stored in the chain, 0 for an empty chain. */
    public long chainEnd() {
        Long max = em.createQuery("select max(e.position) from StoredAuditEntry e", Long.class).getSingleResult();
        return max == null ? 0 : max;
    }

    /** The entity ids of every entry with the given entity type and action (for small sets only). */
    public List<String> entityIds(String entityType, String action) {
        return em.createQuery("select e.entityId from StoredAuditEntry e where e.entityType = :t and e.action = :a",
                String.class).setParameter("t", entityType).setParameter("a", action).getResultList();
    }

    public AuditChainHead lockHead() {
        return em.find(AuditChainHead.class, AuditChainHead.ID, LockModeType.PESSIMISTIC_WRITE);
    }

    public AuditChainHead head() {
        return em.find(AuditChainHead.class, AuditChainHead.ID);
    }

    public void detach(List<StoredAuditEntry> entries) {
        entries.forEach(em::detach);
    }
}
