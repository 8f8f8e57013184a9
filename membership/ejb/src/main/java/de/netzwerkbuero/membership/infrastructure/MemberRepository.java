package de.netzwerkbuero.membership.infrastructure;

import java.util.EnumMap;
import de.netzwerkbuero.membership.api.MemberFilter;
import de.netzwerkbuero.membership.api.MemberStatus;
import de.netzwerkbuero.membership.domain.Application;
import de.netzwerkbuero.membership.domain.Member;
import de.netzwerkbuero.membership.domain.MemberHistory;
import de.netzwerkbuero.platform.api.error.InvalidInputException;
import de.netzwerkbuero.platform.api.error.NotFoundException;
import de.netzwerkbuero.platform.api.paging.Page;
import de.netzwerkbuero.platform.api.paging.PageRequest;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.TypedQuery;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Members and their history. */
@Dependent
public class MemberRepository {

    private static final Map<String, String> SORT = new LinkedHashMap<>();

    static {
        SORT.put("name", "m.name");
        SORT.put("ags", "m.ags");
        SORT.put("status", "m.status");
        SORT.put("state", "m.state");
        SORT.put("joinedOn", "m.joinedOn");
        SORT.put("kind", "m.kind");
        SORT.put("population", "m.population");
    }

    @PersistenceContext(unitName = "membership")
    private EntityManager em;

    public Member require(long id) {
        Member member = em.find(Member.class, id);
        if (member == null) {
            throw new NotFoundException("Member", id);
        }
        return member;
    }

    /** Locks the row, so that a member's workflow steps (office and timer) happen one after the other. */
    public Member requireForUpdate(long id) {
        Member member = em.find(Member.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (member == null) {
            throw new NotFoundException("Member", id);
        }
        return member;
    }

    public Member find(long id) {
        return em.find(Member.class, id);
    }

    /** Inserts now, so that a concurrent insert of the same AGS fails here with a field message. */
    public void add(Member member) {
        em.persist(member);
        try {
            em.flush();
        } catch (PersistenceException e) {
            throw InvalidInputException.of("ags", "agsTaken", "a member with this AGS exists already");
        }
    }

    public boolean agsTaken(String ags, Long exceptId) {
        return em.createQuery("SELECT m.id FROM Member m WHERE m.ags = :ags", Long.class)
                .setParameter("ags", ags).getResultList().stream().anyMatch(id -> !id.equals(exceptId));
    }

    public Map<MemberStatus, Long> countByStatus() {
        Map<MemberStatus, Long> counts = new EnumMap<>(MemberStatus.class);
        for (MemberStatus status : MemberStatus.values()) {
            counts.put(status, 0L);
        }
        em.createQuery("SELECT m.status, COUNT(m) FROM Member m GROUP BY m.status", Object[].class)
                .getResultList().forEach(row -> counts.put((MemberStatus) row[0], (Long) row[1]));
        return counts;
    }

    public long count() {
        return em.createQuery("SELECT COUNT(m) FROM Member m", Long.class).getSingleResult();
    }

    public Page<Member> page(MemberFilter filter, PageRequest page) {
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (filter.status() != null) {
            where.append(" AND m.status = :status");
            params.put("status", filter.status());
        }
        if (filter.kind() != null) {
            where.append(" AND m.kind = :kind");
            params.put("kind", filter.kind());
        }
        if (filter.state() != null && !filter.state().isBlank()) {
            where.append(" AND m.state = :state");
            params.put("state", filter.state().trim().toUpperCase(Locale.ROOT));
        }
        if (filter.q() != null && !filter.q().isBlank()) {
            where.append(" AND (LOWER(m.name) LIKE :q ESCAPE '\\' OR m.ags LIKE :agsPrefix ESCAPE '\\')");
            params.put("q", Queries.contains(filter.q()));
            params.put("agsPrefix", Queries.startsWith(filter.q()));
        }
        String order = Queries.orderBy(page, SORT, "name", "m.id");
        TypedQuery<Member> items = em.createQuery("SELECT m FROM Member m" + where + order, Member.class);
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(m) FROM Member m" + where, Long.class);
        params.forEach((k, v) -> {
            items.setParameter(k, v);
            count.setParameter(k, v);
        });
        List<Member> rows = items.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
        long total = page.offset() == 0 && rows.size() < page.size() ? rows.size() : count.getSingleResult();
        return new Page<>(rows, total, page.page(), page.size());
    }

    public List<Member> findAll(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT m FROM Member m WHERE m.id IN :ids", Member.class)
                .setParameter("ids", ids).getResultList();
    }

    public List<Long> admittedDueOn(LocalDate today) {
        return em.createQuery("SELECT m.id FROM Member m WHERE m.status = :status AND m.joinedOn <= :today", Long.class)
                .setParameter("status", MemberStatus.ADMITTED).setParameter("today", today).getResultList();
    }

    public List<Long> leavingDueOn(LocalDate today) {
        return em.createQuery("SELECT m.id FROM Member m WHERE m.status = :status AND m.leavesOn <= :today", Long.class)
                .setParameter("status", MemberStatus.LEAVING).setParameter("today", today).getResultList();
    }

    public void flush() {
        em.flush();
    }

    public Optional<Application> application(long memberId) {
        return Optional.ofNullable(em.find(Application.class, memberId));
    }

    public void addApplication(Application application) {
        em.persist(application);
    }

    public List<Application> applicationsNaming(long contactId) {
        return em.createQuery("SELECT a FROM Application a WHERE a.contactId = :contact", Application.class)
                .setParameter("contact", contactId).getResultList();
    }

    public void record(MemberHistory entry) {
        em.persist(entry);
    }

    public List<MemberHistory> history(long memberId) {
        return em.createQuery("SELECT h FROM MemberHistory h WHERE h.memberId = :id ORDER BY h.at, h.id",
                MemberHistory.class).setParameter("id", memberId).getResultList();
    }
}
