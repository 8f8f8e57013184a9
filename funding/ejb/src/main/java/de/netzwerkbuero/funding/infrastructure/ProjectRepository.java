package de.netzwerkbuero.funding.infrastructure;

import de.netzwerkbuero.funding.api.DeadlineKind;
import de.netzwerkbuero.funding.api.ExtensionStatus;
import de.netzwerkbuero.funding.api.LegalBasis;
import de.netzwerkbuero.funding.api.ProjectFilter;
import de.netzwerkbuero.funding.api.ProjectStatus;
import de.netzwerkbuero.funding.domain.EventAttendance;
import de.netzwerkbuero.funding.domain.Extension;
import de.netzwerkbuero.funding.domain.Fulfilment;
import de.netzwerkbuero.funding.domain.Project;
import de.netzwerkbuero.platform.api.paging.Page;
import de.netzwerkbuero.platform.api.paging.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Projects with their extensions and recorded event attendance. */
@ApplicationScoped
public class ProjectRepository {

    private static final Map<String, String> SORT = Map.of("title", "p.title", "fundingReference", "p.fundingReference",
            "periodStart", "p.periodStart", "periodEnd", "p.periodEnd", "status", "p.status", "id", "p.id");

    private static final String OVERDUE = "exists (select d.id from Deadline d where d.projectId = p.id"
            + " and d.fulfilment = :open and d.dueOn < :today and d.kind <> :retention)";

    @PersistenceContext(unitName = "funding")
    private EntityManager em;

    public Optional<Project> find(long id) {
        return Optional.ofNullable(em.find(Project.class, id));
    }

    /** Locks the project row, so that concurrent changes of its finances or reports run one after the other. */
    public void lock(Project project) {
        em.lock(project, LockModeType.PESSIMISTIC_WRITE);
    }

    /** @param lead only projects of this lead ({@code null}: all) */
    public Page<Project> page(ProjectFilter filter, String lead, LocalDate today, PageRequest page) {
        QueryFilter where = new QueryFilter()
                .add(filter.programId(), "p.programmeId = :programmeId", "programmeId")
                .add(filter.status(), "p.status = :status", "status")
                .add(filter.leadUsername(), "p.leadUsername = :filterLead", "filterLead")
                .add(lead, "p.leadUsername = :lead", "lead")
                .addIf(Boolean.TRUE.equals(filter.overdue()), OVERDUE)
                .addIf(Boolean.FALSE.equals(filter.overdue()), "not " + OVERDUE)
                .parameter("open", Fulfilment.OPEN).parameter("today", today)
                .parameter("retention", DeadlineKind.RECEIPT_RETENTION);
        List<Project> items = where.bind(em.createQuery("select p from Project p" + where.where()
                        + SortOrder.orderBy(page, "periodStart", SORT, "p.id"), Project.class))
                .setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
        long total = where.bind(em.createQuery("select count(p) from Project p" + where.where(), Long.class))
                .getSingleResult();
        return new Page<>(items, total, page.page(), page.size());
    }

    public boolean referenceTaken(String fundingReference, Long exceptId) {
        return em.createQuery("select count(p) from Project p where lower(p.fundingReference) = lower(:ref)"
                        + " and p.id <> :except", Long.class)
                .setParameter("ref", fundingReference.trim()).setParameter("except", exceptId == null ? -1L : exceptId)
                .getSingleResult() > 0;
    }

    public Optional<Project> byReference(String fundingReference) {
        return em.createQuery("select p from Project p where p.fundingReference = :ref", Project.class)
                .setParameter("ref", fundingReference).getResultStream().findFirst();
    }

    /** Projects whose status the calendar may change on {@code today}. */
    public List<Project> dueForStatusChange(LocalDate today) {
        return em.createQuery("select p from Project p where (p.status = :approved and p.periodStart <= :today)"
                        + " or (p.status = :running and (p.periodEnd < :today or p.purposeFulfilledOn < :today))",
                        Project.class)
                .setParameter("approved", ProjectStatus.APPROVED).setParameter("running", ProjectStatus.RUNNING)
                .setParameter("today", today).getResultList();
    }

    /** Projects under a legal basis whose deadlines are still in play. */
    public List<Project> withObligationsUnder(LegalBasis basis) {
        return em.createQuery("select p from Project p, Programme g where p.programmeId = g.id"
                        + " and g.legalBasis = :basis and p.status not in :settled", Project.class)
                .setParameter("basis", basis)
                .setParameter("settled", List.of(ProjectStatus.DRAFT, ProjectStatus.CANCELLED))
                .getResultList();
    }

    public void add(Project project) {
        em.persist(project);
        em.flush();
    }

    public List<Extension> extensions(long projectId) {
        return em.createQuery("select e from Extension e where e.projectId = :id order by e.requestedAt desc, e.id desc",
                Extension.class).setParameter("id", projectId).getResultList();
    }

    public Optional<Extension> extension(long id) {
        return Optional.ofNullable(em.find(Extension.class, id));
    }

    /** The latest period end an approved extension allows, if any. */
    public Optional<LocalDate> approvedExtensionEnd(long projectId) {
        return Optional.ofNullable(em.createQuery("select max(e.newPeriodEnd) from Extension e where e.projectId = :id"
                        + " and e.status = :approved", LocalDate.class)
                .setParameter("id", projectId).setParameter("approved", ExtensionStatus.APPROVED).getSingleResult());
    }

    public void add(Extension extension) {
        em.persist(extension);
        em.flush();
    }

    public List<EventAttendance> events(long projectId) {
        return em.createQuery("select a from EventAttendance a where a.projectId = :id order by a.date, a.eventId",
                EventAttendance.class).setParameter("id", projectId).getResultList();
    }

    public Optional<EventAttendance> event(long projectId, long eventId) {
        return em.createQuery("select a from EventAttendance a where a.projectId = :p and a.eventId = :e",
                EventAttendance.class).setParameter("p", projectId).setParameter("e", eventId)
                .getResultStream().findFirst();
    }

    public void add(EventAttendance attendance) {
        em.persist(attendance);
    }
}
