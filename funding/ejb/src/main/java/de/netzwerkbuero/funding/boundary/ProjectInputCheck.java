package de.netzwerkbuero.funding.boundary;

import de.netzwerkbuero.funding.api.ProjectInput;
import de.netzwerkbuero.funding.domain.GrantPeriod;
import de.netzwerkbuero.funding.domain.Programme;
import de.netzwerkbuero.funding.infrastructure.ProgrammeRepository;
import de.netzwerkbuero.funding.infrastructure.ProjectRepository;
import de.netzwerkbuero.membership.api.MemberDirectory;
import de.netzwerkbuero.membership.api.MemberSummary;
import de.netzwerkbuero.platform.api.Roles;
import de.netzwerkbuero.platform.api.account.AccountView;
import de.netzwerkbuero.platform.api.account.Directory;
import de.netzwerkbuero.platform.api.error.RuleViolationException;
import de.netzwerkbuero.platform.api.error.Violations;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Checks a project's input against the other modules and the programme: the grantee is an ACTIVE member
 * (when it is set or changed), the lead an account with role project-lead, the reference unique, and the
 * grant period within the programme's duration unless an approved extension allows more.
 */
@ApplicationScoped
public class ProjectInputCheck {

    @Inject
    private ProgrammeRepository programmes;
    @Inject
    private ProjectRepository projects;
    @EJB
    private MemberDirectory members;
    @EJB
    private Directory directory;

    /** What the input resolves to once it is valid. */
    public record Checked(Programme programme, GrantPeriod period) {
    }

    /** @param projectId {@code null} when creating; @param currentMemberId the grantee stored so far, or {@code null} */
    public Checked check(ProjectInput in, Long projectId, Long currentMemberId) {
        Violations v = new Violations();
        Checks.text(v, in.title(), "title", 300);
        Checks.text(v, in.fundingReference(), "fundingReference", 64);
        v.require(in.periodStart() != null, "periodStart", "required", "must not be empty");
        Checks.amount(v, in.approvedAmount(), "approvedAmount", false);
        Checks.amount(v, in.ownShare(), "ownShare", true);
        Optional<Programme> programme = programmes.find(in.programId());
        v.require(programme.isPresent(), "programId", "unknownProgramme", "is not a known programme");
        if (currentMemberId == null || currentMemberId != in.memberId()) {
            Optional<MemberSummary> member = members.find(in.memberId());
            v.require(member.isPresent(), "memberId", "unknownMember", "is not a known member");
            member.ifPresent(m -> v.require(m.active(), "memberId", "memberNotActive",
                    "must be an ACTIVE member (is " + m.status() + ")"));
        }
        checkLead(v, in.leadUsername());
        LocalDate end = null;
        if (in.periodStart() != null && programme.isPresent()) {
            end = in.periodEnd() != null ? in.periodEnd()
                    : GrantPeriod.defaultEnd(in.periodStart(), programme.get().getDurationMonths());
            v.require(!end.isBefore(in.periodStart()), "periodEnd", "beforeStart", "must not be before periodStart");
        }
        v.throwIfAny();
        if (projects.referenceTaken(in.fundingReference(), projectId)) {
            throw new RuleViolationException("funding.referenceTaken", "The funding reference {0} is in use already.",
                    in.fundingReference().trim());
        }
        GrantPeriod period = new GrantPeriod(in.periodStart(), end);
        requireWithinDuration(period, programme.get(), projectId);
        return new Checked(programme.get(), period);
    }

    private void checkLead(Violations v, String username) {
        if (username == null || username.isBlank()) {
            v.add("leadUsername", "required", "must not be empty");
            return;
        }
        Optional<AccountView> account = directory.find(username.trim());
        v.require(account.map(a -> a.hasRole(Roles.PROJECT_LEAD)).orElse(false), "leadUsername", "notAProjectLead",
                "must be an account with the role project-lead");
    }

    private void requireWithinDuration(GrantPeriod period, Programme programme, Long projectId) {
        if (!period.exceeds(programme.getDurationMonths())) {
            return;
        }
        Optional<LocalDate> allowed = projectId == null ? Optional.empty() : projects.approvedExtensionEnd(projectId);
        if (allowed.isEmpty() || period.end().isAfter(allowed.get())) {
            throw new RuleViolationException("funding.periodExceedsProgramme",
                    "The grant period may last at most {0} months (until {1}) unless an approved extension allows more.",
                    programme.getDurationMonths(),
                    GrantPeriod.defaultEnd(period.start(), programme.getDurationMonths()));
        }
    }
}
