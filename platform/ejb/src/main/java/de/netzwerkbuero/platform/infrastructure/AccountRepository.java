package de.netzwerkbuero.platform.infrastructure;

import de.netzwerkbuero.platform.domain.Account;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/** Accounts by username and role. */
@ApplicationScoped
public class AccountRepository {

    @PersistenceContext(unitName = "platform")
    private EntityManager em;

    public Optional<Account> find(String username) {
        return em.createQuery("select a from Account a where a.username = :u", Account.class)
                .setParameter("u", username)
                .getResultStream().findFirst();
    }

    /** Locks the row, so that concurrent failed logins are all counted. */
    public Optional<Account> findForUpdate(String username) {
        return em.createQuery("select a from Account a where a.username = :u", Account.class)
                .setParameter("u", username)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst();
    }

    /** The account whose login waits for its second step under this ticket hash, locked. */
    public Optional<Account> findByTicketForUpdate(String ticketHash) {
        return em.createQuery("select a from Account a where a.loginTicketHash = :t", Account.class)
                .setParameter("t", ticketHash)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst();
    }

    public OptionalLong stampOf(String username) {
        List<Long> stamps = em.createQuery("select a.securityStamp from Account a where a.username = :u", Long.class)
                .setParameter("u", username).getResultList();
        return stamps.isEmpty() ? OptionalLong.empty() : OptionalLong.of(stamps.get(0));
    }

    public List<Account> withRole(String role) {
        return em.createQuery("select a from Account a join a.roles r where r = :role and a.enabled = true"
                        + " order by a.username", Account.class)
                .setParameter("role", role)
                .getResultList();
    }

    public List<Account> page(int offset, int limit, String orderBy, boolean descending) {
        return em.createQuery("select a from Account a order by a." + orderBy + (descending ? " desc" : " asc")
                        + ", a.id", Account.class)
                .setFirstResult(offset)
                .setMaxResults(limit)
                .getResultList();
    }

    public long count() {
        return em.createQuery("select count(a) from Account a", Long.class).getSingleResult();
    }

    public boolean anyWithRole(String role) {
        return !em.createQuery("select a.id from Account a join a.roles r where r = :role", Long.class)
                .setParameter("role", role).setMaxResults(1).getResultList().isEmpty();
    }

    public boolean anyEnabledWithRole(String role) {
        return !em.createQuery("select a.id from Account a join a.roles r where r = :role and a.enabled = true",
                        Long.class)
                .setParameter("role", role).setMaxResults(1).getResultList().isEmpty();
    }

    public void forceVersionIncrement(Account account) {
        em.lock(account, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
    }

    /** Stores the account at once, so that its id and version are the stored ones. */
    public void add(Account account) {
        em.persist(account);
        em.flush();
    }

    /** Writes pending changes, so that a view built afterwards shows the new version. */
    public void flush() {
        em.flush();
    }
}
