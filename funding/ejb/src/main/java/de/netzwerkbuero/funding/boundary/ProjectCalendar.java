package de.netzwerkbuero.funding.boundary;

import de.netzwerkbuero.funding.api.ProjectStatus;
import de.netzwerkbuero.funding.domain.Project;
import de.netzwerkbuero.funding.infrastructure.ProjectRepository;
import de.netzwerkbuero.platform.api.audit.AuditTrail;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.LocalDate;

/** The status changes the calendar brings: APPROVED → RUNNING on the first day, RUNNING → ENDED after the last. */
@ApplicationScoped
public class ProjectCalendar {

    @Inject
    private ProjectRepository projects;
    @Inject
    private DeadlinePlanner planner;
    @EJB
    private AuditTrail audit;

    /** Returns how many projects changed status. */
    public int advance(LocalDate today) {
        int changed = 0;
        for (Project p : projects.dueForStatusChange(today)) {
            ProjectStatus from = p.getStatus();
            if (!p.advanceByDate(today).isEmpty()) {
                planner.refresh(p);
                ProjectsBean.recordCalendarChanges(audit, p, from);
                changed++;
            }
        }
        return changed;
    }
}
