package de.netzwerkbuero.funding.domain;

import de.netzwerkbuero.funding.api.ProjectStatus;
import de.netzwerkbuero.funding.api.RuleOverrides;
import de.netzwerkbuero.platform.api.error.RuleViolationException;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static de.netzwerkbuero.funding.api.ProjectStatus.APPROVED;
import static de.netzwerkbuero.funding.api.ProjectStatus.CANCELLED;
import static de.netzwerkbuero.funding.api.ProjectStatus.CLOSED;
import static de.netzwerkbuero.funding.api.ProjectStatus.DRAFT;
import static de.netzwerkbuero.funding.api.ProjectStatus.ENDED;
import static de.netzwerkbuero.funding.api.ProjectStatus.FINAL_PROOF_SUBMITTED;
import static de.netzwerkbuero.funding.api.ProjectStatus.RUNNING;

/**
 * A funding project (Vorhaben) and its life cycle. The grantee is a member of the membership module,
 * referred to by id; the lead is a username of the platform's accounts.
 */
@Entity
@Table(schema = "funding", name = "project")
public class Project {

    private static final Set<ProjectStatus> WITH_OBLIGATIONS = EnumSet.of(APPROVED, RUNNING, ENDED,
            FINAL_PROOF_SUBMITTED, CLOSED);

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "project_seq")
    @SequenceGenerator(name = "project_seq", sequenceName = "funding.project_seq", allocationSize = 50)
    private Long id;

    @Column(name = "programme_id", nullable = false)
    private long programmeId;

    @Column(name = "member_id", nullable = false)
    private long memberId;

    @Column(nullable = false)
    private String title;

    @Column(name = "funding_reference", nullable = false)
    private String fundingReference;

    @Column(name = "period_start", nullable = false)
    private LocalDate periodStart;

    @Column(name = "period_end", nullable = false)
    private LocalDate periodEnd;

    @Column(name = "approved_amount", nullable = false)
    private BigDecimal approvedAmount;

    @Column(name = "own_share", nullable = false)
    private BigDecimal ownShare;

    @Column(name = "lead_username", nullable = false)
    private String leadUsername;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ProjectStatus status = DRAFT;

    @Column(name = "purpose_fulfilled_on")
    private LocalDate purposeFulfilledOn;

    @Embedded
    private ProjectRuleOverrides overrides;

    @Version
    private long version;

    protected Project() {
    }

    public Project(long programmeId, long memberId, String title, String fundingReference, GrantPeriod period,
                   BigDecimal approvedAmount, BigDecimal ownShare, String leadUsername) {
        this.programmeId = programmeId;
        this.memberId = memberId;
        describe(title, fundingReference, approvedAmount, ownShare, leadUsername);
        this.periodStart = period.start();
        this.periodEnd = period.end();
    }

    public void describe(String title, String fundingReference, BigDecimal approvedAmount, BigDecimal ownShare,
                         String leadUsername) {
        this.title = title.trim();
        this.fundingReference = fundingReference.trim();
        this.approvedAmount = approvedAmount;
        this.ownShare = ownShare;
        this.leadUsername = leadUsername.trim();
    }

    /** Programme and grantee are fixed once the grant is approved. */
    public void assign(long programmeId, long memberId) {
        if ((programmeId != this.programmeId || memberId != this.memberId) && status != DRAFT) {
            throw new RuleViolationException("funding.projectAssignmentFixed",
                    "Programme and grantee can only change while the project is a draft.");
        }
        this.programmeId = programmeId;
        this.memberId = memberId;
    }

    public void reschedule(GrantPeriod period) {
        if (!EnumSet.of(DRAFT, APPROVED, RUNNING).contains(status)) {
            throw new RuleViolationException("funding.periodFixed",
                    "The grant period can no longer change in status {0}.", status);
        }
        this.periodStart = period.start();
        this.periodEnd = period.end();
    }

    public void approve() {
        move(DRAFT, APPROVED);
    }

    public void start() {
        move(APPROVED, RUNNING);
    }

    public void end() {
        move(RUNNING, ENDED);
    }

    public void close() {
        move(FINAL_PROOF_SUBMITTED, CLOSED);
    }

    public void cancel() {
        if (!EnumSet.of(DRAFT, APPROVED, RUNNING, ENDED).contains(status)) {
            throw notAllowed(CANCELLED);
        }
        status = CANCELLED;
    }

    /** Submitting the final proof: a running project whose purpose was fulfilled ends by it. */
    public void finalProofSubmitted() {
        if (status == FINAL_PROOF_SUBMITTED) {
            return;
        }
        if (status != RUNNING && status != ENDED) {
            throw notAllowed(FINAL_PROOF_SUBMITTED);
        }
        status = FINAL_PROOF_SUBMITTED;
    }

    /** The status changes that the calendar brings about on {@code today}, applied; returns them in order. */
    public List<ProjectStatus> advanceByDate(LocalDate today) {
        List<ProjectStatus> reached = new ArrayList<>();
        if (status == APPROVED && !today.isBefore(periodStart)) {
            status = RUNNING;
            reached.add(RUNNING);
        }
        if (status == RUNNING && today.isAfter(period().finishedOn(purposeFulfilledOn))) {
            status = ENDED;
            reached.add(ENDED);
        }
        return reached;
    }

    public void purposeFulfilled(LocalDate on) {
        if (status != RUNNING && status != ENDED) {
            throw new RuleViolationException("funding.purposeNotRunning",
                    "Only a running or ended project can record its purpose as fulfilled.");
        }
        if (!period().contains(on)) {
            throw new RuleViolationException("funding.purposeOutsidePeriod",
                    "The purpose must be fulfilled within the grant period {0} … {1}.", periodStart, periodEnd);
        }
        this.purposeFulfilledOn = on;
    }

    /** An approved extension moves the period end; only before the project has ended. */
    public void extendTo(LocalDate newEnd) {
        if (!EnumSet.of(DRAFT, APPROVED, RUNNING).contains(status)) {
            throw new RuleViolationException("funding.extensionTooLate",
                    "The grant period can only be extended before the project ends (status {0}).", status);
        }
        if (!newEnd.isAfter(periodEnd)) {
            throw new RuleViolationException("funding.extensionNotLater",
                    "An extension must move the period end beyond {0}.", periodEnd);
        }
        this.periodEnd = newEnd;
    }

    public void overrideRules(RuleOverrides o) {
        this.overrides = o == null ? null : ProjectRuleOverrides.of(o);
    }

    public RuleOverrides ruleOverrides() {
        return overrides == null ? RuleOverrides.none() : overrides.view();
    }

    public boolean hasObligations() {
        return WITH_OBLIGATIONS.contains(status);
    }

    public boolean acceptsReports() {
        return EnumSet.of(APPROVED, RUNNING, ENDED, FINAL_PROOF_SUBMITTED).contains(status);
    }

    public boolean acceptsFinances() {
        return EnumSet.of(APPROVED, RUNNING, ENDED, FINAL_PROOF_SUBMITTED).contains(status);
    }

    public boolean ledBy(String username) {
        return leadUsername.equals(username);
    }

    public GrantPeriod period() {
        return new GrantPeriod(periodStart, periodEnd);
    }

    private void move(ProjectStatus from, ProjectStatus to) {
        if (status != from) {
            throw notAllowed(to);
        }
        status = to;
    }

    private RuleViolationException notAllowed(ProjectStatus to) {
        return new RuleViolationException("funding.projectTransitionNotAllowed",
                "A project in status {0} cannot move to {1}.", status, to);
    }

    public Long getId() {
        return id;
    }

    public long getProgrammeId() {
        return programmeId;
    }

    public long getMemberId() {
        return memberId;
    }

    public String getTitle() {
        return title;
    }

    public String getFundingReference() {
        return fundingReference;
    }

    public LocalDate getPeriodStart() {
        return periodStart;
    }

    public LocalDate getPeriodEnd() {
        return periodEnd;
    }

    public BigDecimal getApprovedAmount() {
        return approvedAmount;
    }

    public BigDecimal getOwnShare() {
        return ownShare;
    }

    public String getLeadUsername() {
        return leadUsername;
    }

    public ProjectStatus getStatus() {
        return status;
    }

    public LocalDate getPurposeFulfilledOn() {
        return purposeFulfilledOn;
    }

    public long getVersion() {
        return version;
    }
}
