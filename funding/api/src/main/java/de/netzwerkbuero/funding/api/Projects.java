package de.netzwerkbuero.funding.api;

import de.netzwerkbuero.platform.api.paging.Page;
import de.netzwerkbuero.platform.api.paging.PageRequest;
import jakarta.ejb.Local;

import java.time.LocalDate;

/**
 * Funding projects. The office reads and changes all of them, auditors read all, a project lead reads only
 * the projects they lead (any other is "not found"). Sort fields: title, fundingReference, periodStart,
 * periodEnd, status, id (default periodStart).
 */
@Local
public interface Projects {

    Page<ProjectView> list(ProjectFilter filter, PageRequest page);

    ProjectView get(long id);

    ProjectDetails details(long id);

    /** Creates a DRAFT; the grantee must be an ACTIVE member, the lead an account with role project-lead. */
    ProjectView create(ProjectInput input);

    ProjectView update(long id, long expectedVersion, ProjectInput input);

    ProjectView transition(long id, long expectedVersion, ProjectAction action);

    /** Records that the purpose was fulfilled before the grant period's end (moves the final proof under ANBEST_P). */
    ProjectView recordPurposeFulfilled(long id, long expectedVersion, LocalDate on);

    /** Sets where the grant notice departs from the rule set ({@link RuleOverrides#none()} clears them). */
    ProjectView overrideRules(long id, long expectedVersion, RuleOverrides overrides);
}
