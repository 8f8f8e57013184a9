package de.netzwerkbuero.membership.boundary;

import de.netzwerkbuero.membership.api.ApplicationView;
import de.netzwerkbuero.membership.api.DueTransitionsResult;
import de.netzwerkbuero.membership.api.HistoryEntry;
import de.netzwerkbuero.membership.api.MemberData;
import de.netzwerkbuero.membership.api.MemberFilter;
import de.netzwerkbuero.membership.api.MemberStatus;
import de.netzwerkbuero.membership.api.MemberView;
import de.netzwerkbuero.membership.api.Members;
import de.netzwerkbuero.membership.api.NewMember;
import de.netzwerkbuero.membership.domain.AdmissionRound;
import de.netzwerkbuero.membership.domain.Application;
import de.netzwerkbuero.membership.domain.Member;
import de.netzwerkbuero.membership.domain.MemberIdentity;
import de.netzwerkbuero.membership.domain.MembershipAction;
import de.netzwerkbuero.membership.domain.MembershipWorkflow;
import de.netzwerkbuero.membership.domain.StatusChange;
import de.netzwerkbuero.membership.infrastructure.AdmissionRoundRepository;
import de.netzwerkbuero.membership.infrastructure.ContactRepository;
import de.netzwerkbuero.membership.infrastructure.MemberRepository;
import de.netzwerkbuero.membership.infrastructure.MembershipSettings;
import de.netzwerkbuero.platform.api.Roles;
import de.netzwerkbuero.platform.api.audit.AuditRecord;
import de.netzwerkbuero.platform.api.clock.BusinessClock;
import de.netzwerkbuero.platform.api.error.InvalidInputException;
import de.netzwerkbuero.platform.api.error.RuleViolationException;
import de.netzwerkbuero.platform.api.error.StaleVersionException;
import de.netzwerkbuero.platform.api.paging.Page;
import de.netzwerkbuero.platform.api.paging.PageRequest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/** The office's work on members and the workflow. */
@Stateless
@RolesAllowed(Roles.OFFICE)
public class MembersBean implements Members {

    private static final Set<MemberStatus> APPLICATION_OPEN =
            EnumSet.of(MemberStatus.PROSPECT, MemberStatus.APPLIED, MemberStatus.IN_REVIEW);

    @Inject
    private MemberRepository members;

    @Inject
    private AdmissionRoundRepository rounds;

    @Inject
    private ContactRepository contacts;

    @Inject
    private MemberRegistration registration;

    @Inject
    private ChangeRecorder recorder;

    @EJB
    private BusinessClock clock;

    @EJB
    private DueTransitionRunner due;

    @Override
    public Page<MemberView> list(MemberFilter filter, PageRequest page) {
        return members.page(filter == null ? MemberFilter.none() : filter, page).map(Views::member);
    }

    @Override
    public Map<MemberStatus, Long> countByStatus() {
        return members.countByStatus();
    }

    @Override
    public MemberView get(long id) {
        return Views.member(members.require(id));
    }

    @Override
    public MemberView create(NewMember member) {
        requireInput(member);
        MemberIdentity identity = registration.identity(member.kind(), member.name(), member.ags(), null);
        return Views.member(registration.create(identity, member.website(), member.email()));
    }

    @Override
    public MemberView createFoundingMember(NewMember member) {
        requireInput(member);
        MemberIdentity identity = registration.identity(member.kind(), member.name(), member.ags(), null);
        return Views.member(registration.createFounding(identity, member.website(), member.email(),
                MembershipSettings.foundingDate()));
    }

    @Override
    public MemberView update(long id, long expectedVersion, MemberData data) {
        requireInput(data);
        Member member = members.require(id);
        if (member.getVersion() != expectedVersion) {
            throw new StaleVersionException("Member", id, expectedVersion, member.getVersion());
        }
        MemberIdentity identity = registration.identity(data.kind(), data.name(), data.ags(), id);
        MemberRegistration.checkContact(data.website(), data.email());
        List<Object[]> before = member.masterData();
        member.identify(identity);
        member.contact(data.website(), data.email());
        List<Object[]> after = member.masterData();
        AuditRecord record = AuditRecord.of("member.update", ChangeRecorder.MEMBER, id);
        for (int i = 0; i < before.size(); i++) {
            record.change((String) before.get(i)[0], before.get(i)[1], after.get(i)[1]);
        }
        if (record.hasChanges()) {
            recorder.audit(record);
        }
        members.flush();
        return Views.member(member);
    }

    @Override
    public MemberView transition(long id, String action, String reason, Long admissionRoundId) {
        MembershipAction step = MembershipAction.manual(action).orElseThrow(() -> InvalidInputException.of("action",
                "unknownAction", "must be one of " + String.join(", ", ACTIONS)));
        Member member = members.requireForUpdate(id);
        LocalDate today = clock.today();
        StatusChange change = switch (step) {
            case APPLY -> member.apply(reason);
            case REVIEW -> member.review(members.application(id).orElse(null), reason);
            case ADMIT -> admit(member, reason, admissionRoundId, today);
            case REJECT -> member.reject(reason);
            case WITHDRAW -> member.withdraw(reason);
            case SUSPEND -> member.suspend(reason);
            case RESUME -> member.resume(reason);
            case RESIGN -> member.resign(reason, today, MembershipSettings.noticePeriod());
            default -> throw new IllegalStateException("not a manual action: " + step);
        };
        recorder.statusChanged(member, change);
        members.flush();
        return Views.member(member);
    }

    private StatusChange admit(Member member, String reason, Long roundId, LocalDate today) {
        MembershipWorkflow.next(member.getStatus(), MembershipAction.ADMIT);
        if (roundId == null) {
            throw InvalidInputException.of("admissionRoundId", "required", "admit needs an admission round");
        }
        AdmissionRound round = rounds.require(roundId);
        StatusChange change = member.admit(members.application(member.getId()).orElse(null), round, today, reason);
        if (!rounds.takePlace(roundId, today)) {
            throw round.full();
        }
        return change;
    }

    @Override
    public List<String> allowedActions(long id) {
        return MembershipWorkflow.allowedManually(members.require(id).getStatus()).stream()
                .map(MembershipAction::apiName).toList();
    }

    @Override
    public List<HistoryEntry> history(long id) {
        members.require(id);
        return members.history(id).stream().map(Views::history).toList();
    }

    @Override
    public ApplicationView application(long id) {
        members.require(id);
        return members.application(id).map(Application::view).orElseGet(Application::empty);
    }

    @Override
    public ApplicationView saveApplication(long id, ApplicationView data) {
        requireInput(data);
        Member member = members.require(id);
        if (!APPLICATION_OPEN.contains(member.getStatus())) {
            throw new RuleViolationException("membership.applicationClosed",
                    "The application of {0} cannot change any more: the member is {1}.", member.getName(),
                    member.getStatus());
        }
        if (data.contactId() != null && contacts.find(data.contactId())
                .filter(c -> c.getMemberId() == id && !c.isErased()).isEmpty()) {
            throw InvalidInputException.of("contactId", "unknownContact", "is not a contact of this member");
        }
        Application application = members.application(id).orElse(null);
        boolean created = application == null;
        if (created) {
            application = new Application(id);
        }
        ApplicationView before = application.view();
        application.update(data, clock.today());
        if (created) {
            members.addApplication(application);
        }
        recorder.audit(applicationChanges(id, created, before, application.view()));
        return application.view();
    }

    private static AuditRecord applicationChanges(long id, boolean created, ApplicationView b, ApplicationView a) {
        AuditRecord record = AuditRecord.of(created ? "application.create" : "application.update", "Application", id)
                .change("motivation", b.motivation(), a.motivation())
                .change("expectations", b.expectations(), a.expectations())
                .change("vacancyProjects", b.vacancyProjects(), a.vacancyProjects())
                .change("preselectionOn", b.preselectionOn(), a.preselectionOn())
                .change("preselectionOutcome", b.preselectionOutcome(), a.preselectionOutcome())
                .change("meetingOn", b.meetingOn(), a.meetingOn())
                .change("meetingOutcome", b.meetingOutcome(), a.meetingOutcome())
                .change("contactId", b.contactId(), a.contactId())
                .change("notes", b.notes(), a.notes());
        ChangeRecorder.personal(record, "contactPerson", b.contactPerson(), a.contactPerson());
        return record;
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public DueTransitionsResult applyDueTransitions() {
        return due.runAll();
    }

    private static void requireInput(Object input) {
        if (Objects.isNull(input)) {
            throw InvalidInputException.of("body", "required", "must not be empty");
        }
    }
}
