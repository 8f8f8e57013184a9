package de.netzwerkbuero.membership.infrastructure;

import de.netzwerkbuero.membership.api.MemberStatus;
import de.netzwerkbuero.membership.domain.Member;
import de.netzwerkbuero.membership.domain.Profile;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.Optional;

/** Public profiles. */
@Dependent
public class ProfileRepository {

    /** A published profile with its member. */
    public record Published(Profile profile, Member member) {
    }

    @PersistenceContext(unitName = "membership")
    private EntityManager em;

    public Optional<Profile> find(long memberId) {
        return Optional.ofNullable(em.find(Profile.class, memberId));
    }

    public void add(Profile profile) {
        em.persist(profile);
    }

    public void flush() {
        em.flush();
    }

    /** Published profiles of members that are ACTIVE now: a member that left drops out without an edit. */
    public List<Published> published(Long memberId) {
        String one = memberId == null ? "" : " AND m.id = :member";
        var query = em.createQuery("SELECT p, m FROM Profile p, Member m WHERE m.id = p.memberId "
                + "AND p.publishedAt IS NOT NULL AND m.status = :active" + one + " ORDER BY m.name, m.id", Object[].class)
                .setParameter("active", MemberStatus.ACTIVE);
        if (memberId != null) {
            query.setParameter("member", memberId);
        }
        return query.getResultList().stream().map(r -> new Published((Profile) r[0], (Member) r[1])).toList();
    }
}
