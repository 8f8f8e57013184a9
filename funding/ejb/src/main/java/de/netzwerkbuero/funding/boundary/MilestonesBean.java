package de.netzwerkbuero.funding.boundary;

import de.netzwerkbuero.funding.api.MilestoneInput;
import de.netzwerkbuero.funding.api.MilestoneView;
import de.netzwerkbuero.funding.api.Milestones;
import de.netzwerkbuero.funding.domain.Milestone;
import de.netzwerkbuero.funding.domain.Project;
import de.netzwerkbuero.funding.infrastructure.MilestoneRepository;
import de.netzwerkbuero.platform.api.Roles;
import de.netzwerkbuero.platform.api.audit.AuditRecord;
import de.netzwerkbuero.platform.api.audit.AuditTrail;
import de.netzwerkbuero.platform.api.error.NotFoundException;
import de.netzwerkbuero.platform.api.error.Violations;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.util.List;

/** Milestones: planned by the office, read by whoever sees the project. */
@Stateless
@RolesAllowed({Roles.OFFICE, Roles.PROJECT_LEAD, Roles.AUDITOR})
public class MilestonesBean implements Milestones {

    static final String MILESTONE = "Milestone";

    @Inject
    private MilestoneRepository milestones;
    @Inject
    private ProjectAccess access;
    @Inject
    private DeadlinePlanner planner;
    @EJB
    private AuditTrail audit;

    @Override
    public List<MilestoneView> list(long projectId) {
        access.readable(projectId);
        return milestones.byProject(projectId).stream().map(Views::milestone).toList();
    }

    @Override
    public MilestoneView get(long id) {
        return Views.milestone(readable(id));
    }

    @Override
    @RolesAllowed(Roles.OFFICE)
    public MilestoneView create(long projectId, MilestoneInput in) {
        Project project = access.forOffice(projectId);
        check(in, project);
        Milestone m = new Milestone(projectId, in.title(), in.dueOn(), in.deliverable());
        milestones.add(m);
        planner.refresh(project);
        audit.record(AuditRecord.of("MILESTONE_CREATED", MILESTONE, m.getId()).set("projectId", projectId)
                .set("title", m.getTitle()).set("dueOn", m.getDueOn()).set("deliverable", m.getDeliverable()));
        return Views.milestone(m);
    }

    @Override
    @RolesAllowed(Roles.OFFICE)
    public MilestoneView update(long id, long expectedVersion, MilestoneInput in) {
        Milestone m = milestones.find(id).orElseThrow(() -> new NotFoundException(MILESTONE, id));
        Checks.version(MILESTONE, id, expectedVersion, m.getVersion());
        Project project = access.forOffice(m.getProjectId());
        check(in, project);
        AuditRecord record = AuditRecord.of("MILESTONE_CHANGED", MILESTONE, id);
        record.change("title", m.getTitle(), in.title().trim()).change("dueOn", m.getDueOn(), in.dueOn())
                .change("deliverable", m.getDeliverable(), blankToNull(in.deliverable()));
        m.replan(in.title(), in.dueOn(), in.deliverable());
        planner.refresh(project);
        audit.record(record);
        return Views.milestone(m);
    }

    private Milestone readable(long id) {
        Milestone m = milestones.find(id).orElseThrow(() -> new NotFoundException(MILESTONE, id));
        try {
            access.readable(m.getProjectId());
        } catch (NotFoundException e) {
            throw new NotFoundException(MILESTONE, id);
        }
        return m;
    }

    private static void check(MilestoneInput in, Project project) {
        Violations v = new Violations();
        Checks.text(v, in.title(), "title", 300);
        Checks.optionalText(v, in.deliverable(), "deliverable", 1000);
        v.require(in.dueOn() != null, "dueOn", "required", "must not be empty");
        if (in.dueOn() != null) {
            v.require(project.period().contains(in.dueOn()), "dueOn", "outsidePeriod",
                    "must lie inside the grant period " + project.getPeriodStart() + " … " + project.getPeriodEnd());
        }
        v.throwIfAny();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
