package de.netzwerkbuero.funding.boundary;

import de.netzwerkbuero.funding.domain.Project;
import de.netzwerkbuero.funding.infrastructure.ProjectRepository;
import de.netzwerkbuero.platform.api.Roles;
import de.netzwerkbuero.platform.api.account.Directory;
import de.netzwerkbuero.platform.api.error.NotFoundException;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The object-level checks: the office and auditors see every project, a project lead only the projects they
 * lead. A project the caller may not see is "not found", so its existence does not leak.
 */
@ApplicationScoped
public class ProjectAccess {

    static final String PROJECT = "Project";

    @EJB
    private Directory directory;

    @Inject
    private ProjectRepository projects;

    public Project readable(long projectId) {
        Project project = projects.find(projectId).orElseThrow(() -> new NotFoundException(PROJECT, projectId));
        if (seesAll() || leads(project)) {
            return project;
        }
        throw new NotFoundException(PROJECT, projectId);
    }

    /** For what the office and the project's own lead may change (reports, disbursements, expenditures). */
    public Project writableByLeadOrOffice(long projectId) {
        Project project = projects.find(projectId).orElseThrow(() -> new NotFoundException(PROJECT, projectId));
        if (directory.currentUserHasRole(Roles.OFFICE) || leads(project)) {
            return project;
        }
        throw new NotFoundException(PROJECT, projectId);
    }

    /** For what only the office changes; the facade's {@code @RolesAllowed} already keeps others out. */
    public Project forOffice(long projectId) {
        return projects.find(projectId).orElseThrow(() -> new NotFoundException(PROJECT, projectId));
    }

    /** The lead whose projects the caller is limited to, or {@code null} when the caller sees all. */
    public String leadScope() {
        return seesAll() ? null : directory.currentUser();
    }

    public String user() {
        return directory.currentUser();
    }

    boolean seesAll() {
        return directory.currentUserHasRole(Roles.OFFICE) || directory.currentUserHasRole(Roles.AUDITOR);
    }

    private boolean leads(Project project) {
        return directory.currentUserHasRole(Roles.PROJECT_LEAD) && project.ledBy(directory.currentUser());
    }
}
