package de.netzwerkbuero.membership.domain;

import de.netzwerkbuero.membership.api.MemberKind;
import de.netzwerkbuero.membership.api.MemberStatus;
import de.netzwerkbuero.platform.api.error.InvalidInputException;
import de.netzwerkbuero.platform.api.error.RuleViolationException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * A member organisation and its place in the membership workflow. Every step checks the transition table and
 * its own preconditions and answers the {@link StatusChange} to record.
 */
@Entity
@Table(schema = "membership", name = "member")
public class Member {

    public static final String REASON = "reason";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "member_seq")
    @SequenceGenerator(name = "member_seq", sequenceName = "membership.member_seq", allocationSize = 50)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private MemberKind kind;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(length = 8)
    private String ags;

    @Column(length = 2)
    private String state;

    private Integer population;

    @Column(length = 500)
    private String website;

    @Column(length = 254)
    private String email;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private MemberStatus status;

    @Column(name = "founding_member", nullable = false)
    private boolean foundingMember;

    @Column(name = "joined_on")
    private LocalDate joinedOn;

    @Column(name = "leaves_on")
    private LocalDate leavesOn;

    @Column(name = "admission_round_id")
    private Long admissionRoundId;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Version
    private long version;

    protected Member() {
    }

    /** A new member starts as PROSPECT. */
    public Member(MemberIdentity identity, String website, String email, OffsetDateTime now) {
        identify(identity);
        contact(website, email);
        this.status = MemberStatus.PROSPECT;
        this.createdAt = now;
    }

    /** A founding member is ACTIVE from the network's founding date. */
    public static Member founding(MemberIdentity identity, String website, String email, LocalDate foundingDate,
                                  OffsetDateTime now) {
        Member member = new Member(identity, website, email, now);
        member.status = MemberStatus.ACTIVE;
        member.foundingMember = true;
        member.joinedOn = foundingDate;
        return member;
    }

    public StatusChange creation() {
        return new StatusChange(null, status, foundingMember ? "found" : "create", null);
    }

    public void identify(MemberIdentity identity) {
        this.kind = identity.kind();
        this.name = identity.name();
        this.ags = identity.ags() == null ? null : identity.ags().value();
        this.state = identity.ags() == null ? null : identity.ags().state().code();
        this.population = identity.population();
    }

    public void contact(String website, String email) {
        this.website = Texts.clean(website);
        this.email = Texts.clean(email);
    }

    public StatusChange apply(String reason) {
        return move(MembershipAction.APPLY, reason);
    }

    /** The review covers pre-selection and meeting; it needs the application to have been recorded. */
    public StatusChange review(Application application, String reason) {
        MembershipWorkflow.next(status, MembershipAction.REVIEW);
        if (application == null) {
            throw new RuleViolationException("membership.applicationMissing",
                    "The member {0} cannot be reviewed before its application is recorded.", name);
        }
        return move(MembershipAction.REVIEW, reason);
    }

    /**
     * Admission needs the pre-selection and the get-to-know meeting recorded and a round that still takes
     * members; the caller then reserves the place with a conditional update, so concurrent admits cannot
     * overbook. The member joins on the round's date.
     */
    public StatusChange admit(Application application, AdmissionRound round, LocalDate today, String reason) {
        MembershipWorkflow.next(status, MembershipAction.ADMIT);
        List<String> missing = application == null ? List.of("the application") : application.missingForAdmission();
        if (!missing.isEmpty()) {
            throw new RuleViolationException("membership.admissionIncomplete",
                    "The member {0} cannot be admitted before {1} is recorded.", name, String.join(" and ", missing));
        }
        round.checkAdmits(today);
        StatusChange change = move(MembershipAction.ADMIT, reason);
        joinedOn = round.getDate();
        admissionRoundId = round.getId();
        return change;
    }

    public StatusChange reject(String reason) {
        return move(MembershipAction.REJECT, reason);
    }

    public StatusChange withdraw(String reason) {
        return move(MembershipAction.WITHDRAW, reason);
    }

    public StatusChange suspend(String reason) {
        return move(MembershipAction.SUSPEND, reason);
    }

    public StatusChange resume(String reason) {
        return move(MembershipAction.RESUME, reason);
    }

    public StatusChange resign(String reason, LocalDate today, NoticePeriod notice) {
        StatusChange change = move(MembershipAction.RESIGN, reason);
        leavesOn = notice.effectiveDate(today);
        return change;
    }

    /** Admitted members become ACTIVE on the round's date. */
    public StatusChange activate(LocalDate today) {
        MembershipWorkflow.next(status, MembershipAction.ACTIVATE);
        if (joinedOn == null || joinedOn.isAfter(today)) {
            throw new RuleViolationException("membership.notYetDue", "The member {0} joins only on {1}.", name, joinedOn);
        }
        return move(MembershipAction.ACTIVATE, null);
    }

    /** Leaving members become LEFT on the date their resignation takes effect. */
    public StatusChange leave(LocalDate today) {
        MembershipWorkflow.next(status, MembershipAction.LEAVE);
        if (leavesOn == null || leavesOn.isAfter(today)) {
            throw new RuleViolationException("membership.notYetDue", "The member {0} leaves only on {1}.", name, leavesOn);
        }
        return move(MembershipAction.LEAVE, null);
    }

    private StatusChange move(MembershipAction action, String reason) {
        MemberStatus to = MembershipWorkflow.next(status, action);
        String cleaned = Texts.clean(reason);
        if (action.reasonRequired() && cleaned == null) {
            throw InvalidInputException.of(REASON, "reasonRequired",
                    "a reason is required to " + action.apiName() + " a member");
        }
        if (cleaned != null && cleaned.length() > 1000) {
            throw InvalidInputException.of(REASON, "tooLong", "must be at most 1000 characters");
        }
        MemberStatus from = status;
        status = to;
        return new StatusChange(from, to, action.apiName(), cleaned);
    }

    /** The fields of the master data with their current values, for audit records of a change. */
    public List<Object[]> masterData() {
        List<Object[]> fields = new ArrayList<>();
        fields.add(new Object[]{"kind", kind});
        fields.add(new Object[]{"name", name});
        fields.add(new Object[]{"ags", ags});
        fields.add(new Object[]{"state", state});
        fields.add(new Object[]{"population", population});
        fields.add(new Object[]{"website", website});
        fields.add(new Object[]{"email", email});
        return fields;
    }

    public Long getId() {
        return id;
    }

    public MemberKind getKind() {
        return kind;
    }

    public String getName() {
        return name;
    }

    public String getAgs() {
        return ags;
    }

    public String getState() {
        return state;
    }

    public Integer getPopulation() {
        return population;
    }

    public String getWebsite() {
        return website;
    }

    public String getEmail() {
        return email;
    }

    public MemberStatus getStatus() {
        return status;
    }

    public boolean isFoundingMember() {
        return foundingMember;
    }

    public LocalDate getJoinedOn() {
        return joinedOn;
    }

    public LocalDate getLeavesOn() {
        return leavesOn;
    }

    public Long getAdmissionRoundId() {
        return admissionRoundId;
    }

    public long getVersion() {
        return version;
    }
}
