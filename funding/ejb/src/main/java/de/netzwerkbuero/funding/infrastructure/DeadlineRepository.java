package de.netzwerkbuero.funding.infrastructure;

import de.netzwerkbuero.funding.api.DeadlineFilter;
import de.netzwerkbuero.funding.api.DeadlineKind;
import de.netzwerkbuero.funding.api.LegalBasis;
import de.netzwerkbuero.funding.api.ProjectStatus;
import de.netzwerkbuero.funding.domain.Deadline;
import de.netzwerkbuero.funding.domain.Fulfilment;
import de.netzwerkbuero.funding.domain.OfficeDigest;
import de.netzwerkbuero.funding.domain.Project;
import de.netzwerkbuero.funding.domain.ReminderKind;
import de.netzwerkbuero.funding.domain.ReminderSent;
import de.netzwerkbuero.platform.api.paging.Page;
import de.netzwerkbuero.platform.api.paging.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** Stored deadlines, and the record of reminders and digests sent for them. */
@ApplicationScoped
public class DeadlineRepository {

    private static final Map<String, String> SORT = Map.of("dueOn", "d.dueOn", "kind", "d.kind",
            "projectId", "d.projectId", "id", "d.id");

    private static final List<ProjectStatus> ACTIVE = List.of(ProjectStatus.APPROVED, ProjectStatus.RUNNING,
            ProjectStatus.ENDED, ProjectStatus.FINAL_PROOF_SUBMITTED);

    private static final String OVERDUE = "(d.fulfilment = :open and d.dueOn < :today and d.kind <> :retention)";

    @PersistenceContext(unitName = "funding")
    private EntityManager em;

    /** A deadline with what a list shows of its project. */
    public record Row(Deadline deadline, String fundingReference, LegalBasis legalBasis) {
    }

    /** A deadline with its project, for reminders. */
    public record WithProject(Deadline deadline, Project project) {
    }

    public List<Deadline> byProject(long projectId) {
        return em.createQuery("select d from Deadline d where d.projectId = :id order by d.dueOn, d.id", Deadline.class)
                .setParameter("id", projectId).getResultList();
    }

    public void add(Deadline deadline) {
        em.persist(deadline);
    }

    public void remove(Deadline deadline) {
        em.remove(deadline);
    }

    /** @param lead only deadlines of this lead's projects ({@code null}: all) */
    public Page<Row> page(DeadlineFilter filter, String lead, LocalDate today, PageRequest page) {
        QueryFilter where = new QueryFilter()
                .addIf(true, "d.projectId = p.id and p.programmeId = g.id")
                .add(lead, "p.leadUsername = :lead", "lead")
                .add(filter.from(), "d.dueOn >= :from", "from")
                .add(filter.to(), "d.dueOn <= :to", "to")
                .add(filter.projectId(), "d.projectId = :projectId", "projectId")
                .add(filter.kind(), "d.kind = :kind", "kind")
                .addIf(Boolean.TRUE.equals(filter.overdue()), OVERDUE)
                .addIf(Boolean.FALSE.equals(filter.overdue()), "not " + OVERDUE)
                .parameter("open", Fulfilment.OPEN).parameter("today", today)
                .parameter("retention", DeadlineKind.RECEIPT_RETENTION);
        String from = " from Deadline d, Project p, Programme g";
        List<Row> items = where.bind(em.createQuery("select d, p.fundingReference, g.legalBasis" + from + where.where()
                        + SortOrder.orderBy(page, "dueOn", SORT, "d.id"), Object[].class))
                .setFirstResult(page.offset()).setMaxResults(page.size()).getResultList().stream()
                .map(r -> new Row((Deadline) r[0], (String) r[1], (LegalBasis) r[2])).toList();
        long total = where.bind(em.createQuery("select count(d)" + from + where.where(), Long.class)).getSingleResult();
        return new Page<>(items, total, page.page(), page.size());
    }

    /** Open obligations of active projects due between {@code from} and {@code to}, inclusive. */
    public List<WithProject> openDueBetween(LocalDate from, LocalDate to) {
        return withProject("d.dueOn >= :from and d.dueOn <= :to", from, to);
    }

    /** Open obligations of active projects that were due before {@code today}. */
    public List<WithProject> overdue(LocalDate today) {
        return withProject("d.dueOn < :from and d.dueOn <= :to", today, today);
    }

    private List<WithProject> withProject(String dueCondition, LocalDate from, LocalDate to) {
        return em.createQuery("select d, p from Deadline d, Project p where d.projectId = p.id and " + dueCondition
                        + " and d.fulfilment = :open and d.kind <> :retention and p.status in :active"
                        + " order by d.dueOn, p.fundingReference, d.id", Object[].class)
                .setParameter("from", from).setParameter("to", to).setParameter("open", Fulfilment.OPEN)
                .setParameter("retention", DeadlineKind.RECEIPT_RETENTION).setParameter("active", ACTIVE)
                .getResultList().stream().map(r -> new WithProject((Deadline) r[0], (Project) r[1])).toList();
    }

    public boolean reminderSent(long deadlineId, ReminderKind kind, LocalDate dueOn) {
        return em.createQuery("select count(r) from ReminderSent r where r.deadlineId = :id and r.kind = :kind"
                        + " and r.dueOn = :due", Long.class)
                .setParameter("id", deadlineId).setParameter("kind", kind).setParameter("due", dueOn)
                .getSingleResult() > 0;
    }

    public void add(ReminderSent sent) {
        em.persist(sent);
    }

    public boolean digestSent(LocalDate on) {
        return em.find(OfficeDigest.class, on) != null;
    }

    public void add(OfficeDigest digest) {
        em.persist(digest);
    }
}
