package de.netzwerkbuero.membership.infrastructure;

import de.netzwerkbuero.membership.api.RegisterEntryKind;
import de.netzwerkbuero.membership.domain.RegisterImport;
import de.netzwerkbuero.membership.domain.RegisterRecord;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The municipality register. */
@Dependent
public class RegisterRepository {

    @PersistenceContext(unitName = "membership")
    private EntityManager em;

    public Optional<RegisterRecord> find(String key) {
        return Optional.ofNullable(em.find(RegisterRecord.class, key));
    }

    public Map<String, RegisterRecord> allByKey() {
        return em.createQuery("SELECT r FROM RegisterRecord r", RegisterRecord.class).getResultStream()
                .collect(Collectors.toMap(RegisterRecord::getKey, Function.identity()));
    }

    public void add(RegisterRecord record) {
        em.persist(record);
    }

    /** Writes what is pending and lets the persistence context go, to keep a long import's memory flat. */
    public void flushAndClear() {
        em.flush();
        em.clear();
    }

    public void flush() {
        em.flush();
    }

    public long count(RegisterEntryKind kind) {
        return em.createQuery("SELECT COUNT(r) FROM RegisterRecord r WHERE r.kind = :kind", Long.class)
                .setParameter("kind", kind).getSingleResult();
    }

    public boolean empty() {
        return em.createQuery("SELECT r.registerKey FROM RegisterRecord r", String.class).setMaxResults(1)
                .getResultList().isEmpty();
    }

    /** Names containing the pattern (already lower case with wildcards), by population, at most {@code limit}. */
    public List<RegisterRecord> nameLike(String pattern, RegisterEntryKind onlyKind, int limit) {
        String kind = onlyKind == null ? "" : " AND r.kind = :kind";
        var query = em.createQuery("SELECT r FROM RegisterRecord r WHERE r.nameSearch LIKE :pattern ESCAPE '\\'" + kind
                + " ORDER BY r.population DESC, r.registerKey", RegisterRecord.class).setParameter("pattern", pattern);
        if (onlyKind != null) {
            query.setParameter("kind", onlyKind);
        }
        return query.setMaxResults(limit).getResultList();
    }

    public List<RegisterRecord> keyPrefix(String digits, int limit) {
        return em.createQuery("SELECT r FROM RegisterRecord r WHERE r.registerKey LIKE :prefix ORDER BY r.registerKey", RegisterRecord.class)
                .setParameter("prefix", digits + "%").setMaxResults(limit).getResultList();
    }

    public void logImport(RegisterImport entry) {
        em.persist(entry);
    }

    public Optional<OffsetDateTime> lastImport() {
        return em.createQuery("SELECT MAX(i.importedAt) FROM RegisterImport i", OffsetDateTime.class)
                .getResultStream().filter(java.util.Objects::nonNull).findFirst();
    }
}
