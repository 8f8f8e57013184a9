package de.netzwerkbuero.funding.boundary;

import de.netzwerkbuero.funding.api.ExtensionInput;
import de.netzwerkbuero.funding.api.ExtensionView;
import de.netzwerkbuero.funding.api.Extensions;
import de.netzwerkbuero.funding.domain.Extension;
import de.netzwerkbuero.funding.domain.Project;
import de.netzwerkbuero.funding.infrastructure.ProjectRepository;
import de.netzwerkbuero.platform.api.Roles;
import de.netzwerkbuero.platform.api.audit.AuditRecord;
import de.netzwerkbuero.platform.api.audit.AuditTrail;
import de.netzwerkbuero.platform.api.clock.BusinessClock;
import de.netzwerkbuero.platform.api.error.NotFoundException;
import de.netzwerkbuero.platform.api.error.Violations;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.util.List;

/** Extensions of the grant period: recorded and decided by the office; approving moves the period end. */
@Stateless
@RolesAllowed({Roles.OFFICE, Roles.PROJECT_LEAD, Roles.AUDITOR})
public class ExtensionsBean implements Extensions {

    static final String EXTENSION = "Extension";

    @Inject
    private ProjectRepository projects;
    @Inject
    private ProjectAccess access;
    @Inject
    private DeadlinePlanner planner;
    @EJB
    private AuditTrail audit;
    @EJB
    private BusinessClock clock;

    @Override
    public List<ExtensionView> list(long projectId) {
        access.readable(projectId);
        return projects.extensions(projectId).stream().map(Views::extension).toList();
    }

    @Override
    @RolesAllowed(Roles.OFFICE)
    public ExtensionView request(long projectId, ExtensionInput in) {
        Project p = access.forOffice(projectId);
        Violations v = new Violations();
        v.require(in.newPeriodEnd() != null, "newPeriodEnd", "required", "must not be empty");
        if (in.newPeriodEnd() != null) {
            v.require(in.newPeriodEnd().isAfter(p.getPeriodEnd()), "newPeriodEnd", "notLater",
                    "must be after the current period end " + p.getPeriodEnd());
        }
        Checks.text(v, in.reason(), "reason", 2000);
        Checks.optionalText(v, in.reference(), "reference", 100);
        v.throwIfAny();
        Extension e = new Extension(projectId, p.getPeriodEnd(), in.newPeriodEnd(), in.reason(), in.reference(),
                access.user(), clock.nowInOffice());
        projects.add(e);
        audit.record(AuditRecord.of("EXTENSION_REQUESTED", EXTENSION, e.getId()).set("projectId", projectId)
                .set("newPeriodEnd", e.getNewPeriodEnd()).set("reason", e.getReason()).set("reference", e.getReference()));
        return Views.extension(e);
    }

    @Override
    @RolesAllowed(Roles.OFFICE)
    public ExtensionView approve(long id, long expectedVersion) {
        Extension e = find(id, expectedVersion);
        Project p = access.forOffice(e.getProjectId());
        java.time.LocalDate before = p.getPeriodEnd();
        e.approve(p, access.user(), clock.nowInOffice());
        planner.refresh(p);
        audit.record(AuditRecord.of("EXTENSION_APPROVED", EXTENSION, id).change("status", "REQUESTED", e.getStatus()));
        audit.record(AuditRecord.of("PROJECT_EXTENDED", ProjectAccess.PROJECT, p.getId())
                .change("periodEnd", before, p.getPeriodEnd()).set("extensionId", id));
        return Views.extension(e);
    }

    @Override
    @RolesAllowed(Roles.OFFICE)
    public ExtensionView reject(long id, long expectedVersion, String note) {
        Extension e = find(id, expectedVersion);
        Checks.optionalText(new Violations(), note, "note", 2000).throwIfAny();
        e.reject(note, access.user(), clock.nowInOffice());
        audit.record(AuditRecord.of("EXTENSION_REJECTED", EXTENSION, id).change("status", "REQUESTED", e.getStatus())
                .set("note", e.getDecisionNote()));
        return Views.extension(e);
    }

    private Extension find(long id, long expectedVersion) {
        Extension e = projects.extension(id).orElseThrow(() -> new NotFoundException(EXTENSION, id));
        Checks.version(EXTENSION, id, expectedVersion, e.getVersion());
        return e;
    }
}
