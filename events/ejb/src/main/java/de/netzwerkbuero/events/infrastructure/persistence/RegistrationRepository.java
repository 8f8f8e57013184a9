package de.netzwerkbuero.events.infrastructure.persistence;

import de.netzwerkbuero.events.api.EventStatus;
import de.netzwerkbuero.events.api.RegistrationFilter;
import de.netzwerkbuero.events.api.RegistrationStatus;
import de.netzwerkbuero.events.domain.CancelLink;
import de.netzwerkbuero.platform.api.secret.SecretToken;
import de.netzwerkbuero.events.domain.Registration;
import de.netzwerkbuero.events.domain.WaitingQueue;
import de.netzwerkbuero.platform.api.paging.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Registrations by id, token, event and state; the waiting list in its order. */
@ApplicationScoped
public class RegistrationRepository implements WaitingQueue {

    /** The sortable fields of an event's registration list and their JPQL paths. */
    public static final Map<String, String> SORT_FIELDS = Map.of("registeredAt", "r.registeredAt",
            "lastName", "r.lastName", "status", "r.status", "organisation", "r.organisation", "id", "r.id");

    private static final List<RegistrationStatus> ACTIVE = List.of(RegistrationStatus.CONFIRMED,
            RegistrationStatus.WAITLISTED, RegistrationStatus.ATTENDED, RegistrationStatus.NO_SHOW);
    private static final List<RegistrationStatus> HOLDING_PLACE = List.of(RegistrationStatus.CONFIRMED,
            RegistrationStatus.ATTENDED, RegistrationStatus.NO_SHOW);

    @PersistenceContext(unitName = "events")
    private EntityManager em;

    public Optional<Registration> find(long id) {
        return Optional.ofNullable(em.find(Registration.class, id));
    }

    /** A person's registrations: carrying the (normalised) address, or made for one of the contacts. */
    public List<Registration> ofPerson(String email, Collection<Long> contactIds) {
        if (email == null && contactIds.isEmpty()) {
            return List.of();
        }
        String where = email == null ? "" : "lower(r.email) = :email";
        if (!contactIds.isEmpty()) {
            where += (where.isEmpty() ? "" : " or ") + "r.contactId in :contacts";
        }
        TypedQuery<Registration> query = em.createQuery("select r from Registration r where " + where
                + " order by r.registeredAt, r.id", Registration.class);
        if (email != null) {
            query.setParameter("email", email);
        }
        if (!contactIds.isEmpty()) {
            query.setParameter("contacts", contactIds);
        }
        return query.getResultList();
    }

    /** The registration a cancel link points to, found by the SHA-256 of the link's token. */
    public Optional<Registration> findByToken(String token) {
        return em.createQuery("select r from Registration r, CancelLink l where l.tokenHash = :h"
                        + " and r.id = l.registrationId", Registration.class)
                .setParameter("h", SecretToken.hash(token))
                .getResultStream().findFirst();
    }

    /** Hands out a fresh cancel link for the registration: stores the token's hash and returns the token. */
    public String issueCancelToken(Registration registration, OffsetDateTime now) {
        String token = SecretToken.generate();
        em.persist(new CancelLink(SecretToken.hash(token), registration.getId(), now));
        return token;
    }

    /** Deletes every cancel link of the registration: the links in mails already sent stop working. */
    public void forgetCancelLinks(long registrationId) {
        em.createQuery("delete from CancelLink l where l.registrationId = :r").setParameter("r", registrationId)
                .executeUpdate();
    }

    /** The active registration of this address for the event, if there is one. */
    public Optional<Registration> activeByEmail(long eventId, String normalizedEmail) {
        return em.createQuery("select r from Registration r where r.eventId = :e and r.activeEmail = :m",
                        Registration.class)
                .setParameter("e", eventId).setParameter("m", normalizedEmail)
                .setMaxResults(1).getResultStream().findFirst();
    }

    public void add(Registration registration) {
        em.persist(registration);
    }

    /** Writes pending changes now, so that a unique constraint speaks here and not at commit. */
    public void flush() {
        em.flush();
    }

    public boolean activeWithEmail(long eventId, String normalizedEmail) {
        return !em.createQuery("select r.id from Registration r where r.eventId = :e and r.activeEmail = :m",
                        Long.class)
                .setParameter("e", eventId).setParameter("m", normalizedEmail)
                .setMaxResults(1).getResultList().isEmpty();
    }

    public long activeOfMember(long eventId, long memberId) {
        return em.createQuery("select count(r) from Registration r where r.eventId = :e and r.memberId = :m"
                        + " and r.status in :active", Long.class)
                .setParameter("e", eventId).setParameter("m", memberId).setParameter("active", ACTIVE)
                .getSingleResult();
    }

    @Override
    public Optional<Registration> firstWaiting(long eventId) {
        return em.createQuery("select r from Registration r where r.eventId = :e and r.status = :w"
                        + " order by r.waitlistNumber, r.id", Registration.class)
                .setParameter("e", eventId).setParameter("w", RegistrationStatus.WAITLISTED)
                .setFlushMode(FlushModeType.AUTO)
                .setMaxResults(1)
                .getResultStream().findFirst();
    }

    /** Each waiting registration's place in the queue, 1 for the next to move up. */
    public Map<Long, Integer> waitlistPositions(long eventId) {
        List<Long> ids = em.createQuery("select r.id from Registration r where r.eventId = :e and r.status = :w"
                        + " order by r.waitlistNumber, r.id", Long.class)
                .setParameter("e", eventId).setParameter("w", RegistrationStatus.WAITLISTED)
                .getResultList();
        Map<Long, Integer> positions = new HashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            positions.put(ids.get(i), i + 1);
        }
        return positions;
    }

    public List<Registration> page(long eventId, RegistrationFilter filter, PageRequest page, String sortPath,
                                   boolean descending) {
        QueryParts parts = where(eventId, filter);
        TypedQuery<Registration> query = em.createQuery("select r from Registration r" + parts.where()
                + " order by " + sortPath + (descending ? " desc" : " asc") + ", r.id", Registration.class);
        parts.bind(query);
        return query.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
    }

    public long count(long eventId, RegistrationFilter filter) {
        QueryParts parts = where(eventId, filter);
        TypedQuery<Long> query = em.createQuery("select count(r) from Registration r" + parts.where(), Long.class);
        parts.bind(query);
        return query.getSingleResult();
    }

    private static QueryParts where(long eventId, RegistrationFilter filter) {
        QueryParts parts = new QueryParts().add("r.eventId = :e", "e", eventId);
        if (filter.status() != null) {
            parts.add("r.status = :s", "s", filter.status());
        }
        if (filter.q() != null && !filter.q().isBlank()) {
            parts.add("(lower(r.lastName) like :q escape '\\' or lower(r.firstName) like :q escape '\\'"
                    + " or lower(r.email) like :q escape '\\' or lower(r.organisation) like :q escape '\\')",
                    "q", QueryParts.containsPattern(filter.q()));
        }
        return parts;
    }

    /** Every registration not cancelled: those with a place by name, then the waiting ones in their order. */
    public List<Registration> active(long eventId) {
        return em.createQuery("select r from Registration r where r.eventId = :e and r.status in :active"
                        + " order by r.lastName, r.firstName, r.id", Registration.class)
                .setParameter("e", eventId).setParameter("active", ACTIVE)
                .getResultStream()
                .sorted(Comparator.comparing((Registration r) -> r.getStatus() == RegistrationStatus.WAITLISTED)
                        .thenComparing(r -> r.getWaitlistNumber() == null ? 0L : r.getWaitlistNumber()))
                .toList();
    }

    /** Everyone holding a place, by name: the sign-in sheet. */
    public List<Registration> holdingPlace(long eventId) {
        return em.createQuery("select r from Registration r where r.eventId = :e and r.status in :holding"
                        + " order by r.lastName, r.firstName, r.id", Registration.class)
                .setParameter("e", eventId).setParameter("holding", HOLDING_PLACE)
                .getResultList();
    }

    /**
     * Who attended: people, and organisations among them (distinct members, plus distinct organisations
     * named by guests).
     */
    public Attendance attendance(long eventId) {
        Object[] row = em.createQuery("select count(r), count(distinct r.memberId) from Registration r"
                        + " where r.eventId = :e and r.status = :a", Object[].class)
                .setParameter("e", eventId).setParameter("a", RegistrationStatus.ATTENDED)
                .getSingleResult();
        long guestOrganisations = em.createQuery("select count(distinct lower(r.organisation)) from Registration r"
                        + " where r.eventId = :e and r.status = :a and r.memberId is null"
                        + " and r.organisation is not null", Long.class)
                .setParameter("e", eventId).setParameter("a", RegistrationStatus.ATTENDED)
                .getSingleResult();
        return new Attendance(((Number) row[0]).intValue(), ((Number) row[1]).intValue() + (int) guestOrganisations);
    }

    /**
     * Confirmed registrations not yet reminded and confirmed before {@code confirmedBefore}, of events still
     * taking place that start after {@code from} and before {@code until}.
     */
    public List<Registration> dueForReminder(OffsetDateTime from, OffsetDateTime until,
                                             OffsetDateTime confirmedBefore, int limit) {
        return em.createQuery("select r from Registration r, Event e where e.id = r.eventId"
                        + " and r.status = :c and r.reminderSentAt is null and r.confirmedAt < :confirmedBefore"
                        + " and e.status in :open and e.startsAt > :from and e.startsAt < :until"
                        + " order by r.eventId, r.id", Registration.class)
                .setParameter("c", RegistrationStatus.CONFIRMED)
                .setParameter("open", List.of(EventStatus.PUBLISHED, EventStatus.REGISTRATION_CLOSED))
                .setParameter("confirmedBefore", confirmedBefore)
                .setParameter("from", from).setParameter("until", until)
                .setMaxResults(limit)
                .getResultList();
    }

    /** People who attended an event and the member organisations they came from. */
    public record Attendance(int people, int organisations) {
    }
}
