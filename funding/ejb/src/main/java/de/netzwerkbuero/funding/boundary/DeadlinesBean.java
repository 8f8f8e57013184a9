package de.netzwerkbuero.funding.boundary;

import de.netzwerkbuero.funding.api.DeadlineFilter;
import de.netzwerkbuero.funding.api.DeadlineView;
import de.netzwerkbuero.funding.api.Deadlines;
import de.netzwerkbuero.funding.api.LegalBasis;
import de.netzwerkbuero.funding.domain.Project;
import de.netzwerkbuero.funding.infrastructure.DeadlineRepository;
import de.netzwerkbuero.platform.api.Roles;
import de.netzwerkbuero.platform.api.clock.BusinessClock;
import de.netzwerkbuero.platform.api.paging.Page;
import de.netzwerkbuero.platform.api.paging.PageRequest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Deadlines as stored by the planner; the status is derived for today. Lists over all projects read one
 * indexed table, so they stay fast with thousands of projects.
 */
@Stateless
@RolesAllowed({Roles.OFFICE, Roles.PROJECT_LEAD, Roles.AUDITOR})
public class DeadlinesBean implements Deadlines {

    @Inject
    private DeadlineRepository deadlines;
    @Inject
    private ProjectAccess access;
    @Inject
    private RulesInForce rules;
    @EJB
    private BusinessClock clock;

    @Override
    public List<DeadlineView> forProject(long projectId) {
        Project p = access.readable(projectId);
        LocalDate today = clock.today();
        int dueSoon = rules.of(p).dueSoonDays();
        return deadlines.byProject(projectId).stream()
                .map(d -> Views.deadline(d, p.getFundingReference(), today, dueSoon)).toList();
    }

    @Override
    public Page<DeadlineView> list(DeadlineFilter filter, PageRequest page) {
        LocalDate today = clock.today();
        Map<LegalBasis, Integer> dueSoon = new EnumMap<>(LegalBasis.class);
        return deadlines.page(filter == null ? DeadlineFilter.none() : filter, access.leadScope(), today, page)
                .map(row -> Views.deadline(row.deadline(), row.fundingReference(), today,
                        dueSoon.computeIfAbsent(row.legalBasis(), b -> rules.current(b).dueSoonDays())));
    }
}
