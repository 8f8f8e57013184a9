package de.netzwerkbuero.funding.infrastructure;

import de.netzwerkbuero.funding.api.LegalBasis;
import de.netzwerkbuero.funding.domain.Programme;
import de.netzwerkbuero.funding.domain.RuleSet;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.Optional;

/** Programmes and the rule sets of their legal bases. */
@ApplicationScoped
public class ProgrammeRepository {

    @PersistenceContext(unitName = "funding")
    private EntityManager em;

    public Optional<Programme> find(long id) {
        return Optional.ofNullable(em.find(Programme.class, id));
    }

    public List<Programme> all() {
        return em.createQuery("select p from Programme p order by p.name", Programme.class).getResultList();
    }

    public Optional<Programme> byName(String name) {
        return em.createQuery("select p from Programme p where lower(p.name) = lower(:name)", Programme.class)
                .setParameter("name", name.trim()).getResultStream().findFirst();
    }

    public void add(Programme programme) {
        em.persist(programme);
        em.flush();
    }

    /** The newest version of the legal basis's rules; the migration guarantees there is one. */
    public RuleSet currentRuleSet(LegalBasis basis) {
        return history(basis).get(0);
    }

    public List<RuleSet> history(LegalBasis basis) {
        return em.createQuery("select r from RuleSet r where r.legalBasis = :basis order by r.ruleVersion desc",
                RuleSet.class).setParameter("basis", basis).getResultList();
    }

    public void add(RuleSet ruleSet) {
        em.persist(ruleSet);
    }
}
