package de.netzwerkbuero.funding.infrastructure;

import de.netzwerkbuero.funding.domain.Milestone;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.Optional;

/** Milestones of projects. */
@ApplicationScoped
public class MilestoneRepository {

    @PersistenceContext(unitName = "funding")
    private EntityManager em;

    public Optional<Milestone> find(long id) {
        return Optional.ofNullable(em.find(Milestone.class, id));
    }

    public List<Milestone> byProject(long projectId) {
        return em.createQuery("select m from Milestone m where m.projectId = :id order by m.dueOn, m.id", Milestone.class)
                .setParameter("id", projectId).getResultList();
    }

    public void add(Milestone milestone) {
        em.persist(milestone);
        em.flush();
    }
}
