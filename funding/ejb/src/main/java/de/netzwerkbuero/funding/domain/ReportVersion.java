package de.netzwerkbuero.funding.domain;

import de.netzwerkbuero.funding.api.ReportStatus;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * A submitted version of a report, kept forever: its content and digest never change; only the review's
 * decision is added once. There is deliberately no setter for the content.
 */
@Entity
@Table(schema = "funding", name = "report_version")
public class ReportVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "report_version_seq")
    @SequenceGenerator(name = "report_version_seq", sequenceName = "funding.report_version_seq", allocationSize = 50)
    private Long id;

    @Column(name = "report_id", nullable = false, updatable = false)
    private Long reportId;

    @Column(name = "version_no", nullable = false, updatable = false)
    private int number;

    @Column(name = "body", nullable = false, updatable = false)
    private String text;

    @Column(name = "submitted_at", nullable = false, updatable = false)
    private OffsetDateTime submittedAt;

    @Column(name = "submitted_by", nullable = false, updatable = false)
    private String submittedBy;

    @Column(name = "due_on", updatable = false)
    private LocalDate dueOn;

    @Column(nullable = false, updatable = false)
    private boolean late;

    @Column(nullable = false, updatable = false)
    private String sha256;

    @Enumerated(EnumType.STRING)
    private ReportStatus decision;

    @Column(name = "reviewed_by")
    private String reviewedBy;

    @Column(name = "reviewed_at")
    private OffsetDateTime reviewedAt;

    protected ReportVersion() {
    }

    ReportVersion(Long reportId, int number, String text, OffsetDateTime submittedAt, String submittedBy,
                  LocalDate dueOn, boolean late, String sha256) {
        this.reportId = reportId;
        this.number = number;
        this.text = text;
        this.submittedAt = submittedAt;
        this.submittedBy = submittedBy;
        this.dueOn = dueOn;
        this.late = late;
        this.sha256 = sha256;
    }

    void decided(ReportStatus outcome, String by, OffsetDateTime at) {
        if (decision != null) {
            throw new IllegalStateException("version " + number + " was already decided");
        }
        this.decision = outcome;
        this.reviewedBy = by;
        this.reviewedAt = at;
    }

    /** SUBMITTED until decided, then ACCEPTED or RETURNED. */
    public ReportStatus status() {
        return decision == null ? ReportStatus.SUBMITTED : decision;
    }

    public Long getId() {
        return id;
    }

    public long getReportId() {
        return reportId;
    }

    public int getNumber() {
        return number;
    }

    public String getText() {
        return text;
    }

    public OffsetDateTime getSubmittedAt() {
        return submittedAt;
    }

    public String getSubmittedBy() {
        return submittedBy;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public boolean isLate() {
        return late;
    }

    public String getSha256() {
        return sha256;
    }

    public String getReviewedBy() {
        return reviewedBy;
    }

    public OffsetDateTime getReviewedAt() {
        return reviewedAt;
    }
}
