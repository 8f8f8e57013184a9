package de.netzwerkbuero.funding.infrastructure;

import de.netzwerkbuero.funding.api.ReportStatus;
import de.netzwerkbuero.funding.domain.Finding;
import de.netzwerkbuero.funding.domain.Report;
import de.netzwerkbuero.funding.domain.ReportAttachment;
import de.netzwerkbuero.funding.domain.ReportVersion;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** Reports with their submitted versions, attachments and findings. */
@ApplicationScoped
public class ReportRepository {

    @PersistenceContext(unitName = "funding")
    private EntityManager em;

    public Optional<Report> find(long id) {
        return Optional.ofNullable(em.find(Report.class, id));
    }

    public List<Report> byProject(long projectId) {
        return em.createQuery("select r from Report r where r.projectId = :id order by r.kind, r.fiscalYear, r.id",
                Report.class).setParameter("id", projectId).getResultList();
    }

    public List<Report> awaitingReview(int limit) {
        return em.createQuery("select r from Report r where r.status in :waiting order by r.lastSubmittedAt, r.id",
                        Report.class)
                .setParameter("waiting", List.of(ReportStatus.SUBMITTED, ReportStatus.IN_REVIEW))
                .setMaxResults(limit).getResultList();
    }

    public Optional<Report> byDeadlineKey(long projectId, String key) {
        return em.createQuery("select r from Report r where r.projectId = :id and r.deadlineKey = :key", Report.class)
                .setParameter("id", projectId).setParameter("key", key).getResultStream().findFirst();
    }

    public void add(Report report) {
        em.persist(report);
        em.flush();
    }

    public List<ReportVersion> versions(long reportId) {
        return em.createQuery("select v from ReportVersion v where v.reportId = :id order by v.number",
                ReportVersion.class).setParameter("id", reportId).getResultList();
    }

    public Optional<ReportVersion> version(long reportId, int number) {
        return em.createQuery("select v from ReportVersion v where v.reportId = :id and v.number = :n",
                        ReportVersion.class).setParameter("id", reportId).setParameter("n", number)
                .getResultStream().findFirst();
    }

    public void add(ReportVersion version) {
        em.persist(version);
    }

    public List<ReportAttachment> attachments(long reportId) {
        return em.createQuery("select a from ReportAttachment a where a.reportId = :id order by a.filename, a.id",
                ReportAttachment.class).setParameter("id", reportId).getResultList();
    }

    /** The attachments of several reports in one query, by report id (reports without any are left out). */
    public Map<Long, List<ReportAttachment>> attachmentsByReport(Collection<Long> reportIds) {
        if (reportIds.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("select a from ReportAttachment a where a.reportId in :ids order by a.filename, a.id",
                        ReportAttachment.class).setParameter("ids", reportIds).getResultList().stream()
                .collect(Collectors.groupingBy(ReportAttachment::getReportId));
    }

    public Optional<ReportAttachment> attachment(long id) {
        return Optional.ofNullable(em.find(ReportAttachment.class, id));
    }

    public void add(ReportAttachment attachment) {
        em.persist(attachment);
        em.flush();
    }

    public void remove(ReportAttachment attachment) {
        em.remove(attachment);
    }

    public List<Finding> findings(long reportId) {
        return em.createQuery("select f from Finding f where f.reportId = :id order by f.versionNumber, f.id",
                Finding.class).setParameter("id", reportId).getResultList();
    }

    public long findingCount(long reportId, int versionNumber) {
        return em.createQuery("select count(f) from Finding f where f.reportId = :id and f.versionNumber = :n",
                Long.class).setParameter("id", reportId).setParameter("n", versionNumber).getSingleResult();
    }

    public void add(Finding finding) {
        em.persist(finding);
        em.flush();
    }
}
