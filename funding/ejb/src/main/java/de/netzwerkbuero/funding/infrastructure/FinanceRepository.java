package de.netzwerkbuero.funding.infrastructure;

import de.netzwerkbuero.funding.domain.CostPlanLine;
import de.netzwerkbuero.funding.domain.Disbursement;
import de.netzwerkbuero.funding.domain.Expenditure;
import de.netzwerkbuero.platform.api.paging.Page;
import de.netzwerkbuero.platform.api.paging.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** Cost plans, disbursements and expenditures of projects. */
@ApplicationScoped
public class FinanceRepository {

    private static final Map<String, String> EXPENDITURE_SORT = Map.of("spentOn", "e.spentOn", "amount", "e.amount",
            "category", "e.category", "id", "e.id");

    @PersistenceContext(unitName = "funding")
    private EntityManager em;

    public List<CostPlanLine> costPlan(long projectId) {
        return em.createQuery("select l from CostPlanLine l where l.projectId = :id order by l.year, l.category",
                CostPlanLine.class).setParameter("id", projectId).getResultList();
    }

    public void replaceCostPlan(long projectId, List<CostPlanLine> lines) {
        em.createQuery("delete from CostPlanLine l where l.projectId = :id").setParameter("id", projectId)
                .executeUpdate();
        lines.forEach(em::persist);
        em.flush();
    }

    public List<Disbursement> disbursements(long projectId) {
        return em.createQuery("select d from Disbursement d where d.projectId = :id order by d.payoutOn, d.id",
                Disbursement.class).setParameter("id", projectId).getResultList();
    }

    public BigDecimal disbursedTotal(long projectId) {
        BigDecimal sum = em.createQuery("select sum(d.amount) from Disbursement d where d.projectId = :id",
                BigDecimal.class).setParameter("id", projectId).getSingleResult();
        return sum == null ? BigDecimal.ZERO : sum;
    }

    public void add(Disbursement disbursement) {
        em.persist(disbursement);
        em.flush();
    }

    public List<Expenditure> expenditures(long projectId) {
        return em.createQuery("select e from Expenditure e where e.projectId = :id order by e.spentOn, e.id",
                Expenditure.class).setParameter("id", projectId).getResultList();
    }

    public Page<Expenditure> expenditures(long projectId, PageRequest page) {
        List<Expenditure> items = em.createQuery("select e from Expenditure e where e.projectId = :id"
                        + SortOrder.orderBy(page, "spentOn", EXPENDITURE_SORT, "e.id"), Expenditure.class)
                .setParameter("id", projectId).setFirstResult(page.offset()).setMaxResults(page.size())
                .getResultList();
        long total = em.createQuery("select count(e) from Expenditure e where e.projectId = :id", Long.class)
                .setParameter("id", projectId).getSingleResult();
        return new Page<>(items, total, page.page(), page.size());
    }

    public void add(Expenditure expenditure) {
        em.persist(expenditure);
        em.flush();
    }
}
