package de.netzwerkbuero.funding.domain;

import de.netzwerkbuero.funding.api.ReportKind;
import de.netzwerkbuero.funding.api.ReportStatus;
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
import java.util.List;

import static de.netzwerkbuero.funding.api.ReportStatus.ACCEPTED;
import static de.netzwerkbuero.funding.api.ReportStatus.DRAFT;
import static de.netzwerkbuero.funding.api.ReportStatus.IN_REVIEW;
import static de.netzwerkbuero.funding.api.ReportStatus.RETURNED;
import static de.netzwerkbuero.funding.api.ReportStatus.SUBMITTED;

/**
 * A report and its workflow: DRAFT → SUBMITTED → IN_REVIEW → ACCEPTED, or RETURNED → a new version
 * SUBMITTED. The working text lives here; every submission freezes a {@link ReportVersion}.
 */
@Entity
@Table(schema = "funding", name = "report")
public class Report {

    public static final int MAX_TEXT_LENGTH = 200_000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "report_seq")
    @SequenceGenerator(name = "report_seq", sequenceName = "funding.report_seq", allocationSize = 50)
    private Long id;

    @Column(name = "project_id", nullable = false)
    private long projectId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ReportKind kind;

    @Column(name = "deadline_key", nullable = false)
    private String deadlineKey;

    @Column(name = "milestone_id")
    private Long milestoneId;

    @Column(name = "fiscal_year")
    private Integer fiscalYear;

    @Column(name = "body", nullable = false)
    private String text;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ReportStatus status = DRAFT;

    @Column(name = "submitted_count", nullable = false)
    private int submittedCount;

    @Column(name = "last_submitted_at")
    private OffsetDateTime lastSubmittedAt;

    @Column(name = "last_sha256")
    private String lastSha256;

    @Column(name = "last_late", nullable = false)
    private boolean lastLate;

    private String reviewer;

    @Column(name = "created_by", nullable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Version
    private long version;

    protected Report() {
    }

    public Report(long projectId, ReportKind kind, Long milestoneId, Integer fiscalYear, String text, String createdBy,
                  OffsetDateTime createdAt) {
        this.projectId = projectId;
        this.kind = kind;
        this.milestoneId = kind == ReportKind.MILESTONE_REPORT ? milestoneId : null;
        this.fiscalYear = kind == ReportKind.INTERIM_PROOF ? fiscalYear : null;
        this.deadlineKey = DeadlineKeys.forReport(kind, this.milestoneId, this.fiscalYear);
        this.text = checked(text);
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    public void editText(String newText) {
        requireEditable();
        this.text = checked(newText);
    }

    /** The number the next submission will get; attachments added now belong to it. */
    public int workingNumber() {
        return submittedCount + 1;
    }

    public boolean editable() {
        return status == DRAFT || status == RETURNED;
    }

    public void requireEditable() {
        if (!editable()) {
            throw new RuleViolationException("funding.reportNotEditable",
                    "A report in status {0} cannot be changed; only drafts and returned reports can.", status);
        }
    }

    /** Freezes the working copy as the next version; late when submitted on a day after {@code dueOn}. */
    public ReportVersion submit(String by, OffsetDateTime at, LocalDate dueOn,
                                List<ReportDigest.AttachmentFact> attachments) {
        requireEditable();
        if (text.isBlank()) {
            throw InvalidInputException.of("text", "required", "must not be empty");
        }
        int number = workingNumber();
        String sha256 = ReportDigest.sha256(new ReportDigest.Content(projectId, kind, milestoneId, fiscalYear, number,
                text, attachments));
        boolean late = dueOn != null && at.toLocalDate().isAfter(dueOn);
        submittedCount = number;
        status = SUBMITTED;
        lastSubmittedAt = at;
        lastSha256 = sha256;
        lastLate = late;
        reviewer = null;
        return new ReportVersion(id, number, ReportDigest.normalise(text), at, by, dueOn, late, sha256);
    }

    public void startReview(String by) {
        if (status != SUBMITTED) {
            throw new RuleViolationException("funding.reportNotSubmitted",
                    "Only a submitted report can be taken into review (it is {0}).", status);
        }
        status = IN_REVIEW;
        reviewer = by;
    }

    /** Findings can be recorded while the report is submitted or in review; a submitted one goes into review. */
    public void requireUnderReview(String by) {
        if (status == SUBMITTED) {
            startReview(by);
        } else if (status != IN_REVIEW) {
            throw reviewNotPossible();
        }
    }

    public void accept(ReportVersion current, String by, OffsetDateTime at) {
        decide(current, by);
        status = ACCEPTED;
        current.decided(ACCEPTED, by, at);
    }

    public void returnForRevision(ReportVersion current, long findingsOnVersion, String by, OffsetDateTime at) {
        decide(current, by);
        if (findingsOnVersion < 1) {
            throw new RuleViolationException("funding.returnNeedsFinding",
                    "A report can only be returned with at least one finding.");
        }
        status = RETURNED;
        current.decided(RETURNED, by, at);
    }

    /** Only a submitted or in-review report can be decided; a returned one needs a new version first. */
    public void requireDecidable() {
        if (status == RETURNED) {
            throw new RuleViolationException("funding.reportResubmitFirst",
                    "A returned report must be resubmitted as a new version before it can be decided again.");
        }
        if (status != SUBMITTED && status != IN_REVIEW) {
            throw reviewNotPossible();
        }
    }

    private void decide(ReportVersion current, String by) {
        requireDecidable();
        requireUnderReview(by);
        if (current.getNumber() != submittedCount) {
            throw new IllegalStateException("only the latest version can be decided");
        }
    }

    private RuleViolationException reviewNotPossible() {
        return new RuleViolationException("funding.reportNotInReview",
                "A report in status {0} cannot be reviewed.", status);
    }

    private static String checked(String text) {
        String t = text == null ? "" : text;
        if (t.length() > MAX_TEXT_LENGTH) {
            throw InvalidInputException.of("text", "tooLong", "must have at most " + MAX_TEXT_LENGTH + " characters");
        }
        return t;
    }

    public Long getId() {
        return id;
    }

    public long getProjectId() {
        return projectId;
    }

    public ReportKind getKind() {
        return kind;
    }

    public String getDeadlineKey() {
        return deadlineKey;
    }

    public Long getMilestoneId() {
        return milestoneId;
    }

    public Integer getFiscalYear() {
        return fiscalYear;
    }

    public String getText() {
        return text;
    }

    public ReportStatus getStatus() {
        return status;
    }

    public int getSubmittedCount() {
        return submittedCount;
    }

    public OffsetDateTime getLastSubmittedAt() {
        return lastSubmittedAt;
    }

    public String getLastSha256() {
        return lastSha256;
    }

    public boolean isLastLate() {
        return lastLate;
    }

    public String getReviewer() {
        return reviewer;
    }

    public long getVersion() {
        return version;
    }
}
