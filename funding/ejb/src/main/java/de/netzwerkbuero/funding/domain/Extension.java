package de.netzwerkbuero.funding.domain;

import de.netzwerkbuero.funding.api.ExtensionStatus;
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

/** An extension of a project's grant period: REQUESTED, then APPROVED (applied to the project) or REJECTED. */
@Entity
@Table(schema = "funding", name = "extension")
public class Extension {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "extension_seq")
    @SequenceGenerator(name = "extension_seq", sequenceName = "funding.extension_seq", allocationSize = 50)
    private Long id;

    @Column(name = "project_id", nullable = false)
    private long projectId;

    @Column(name = "previous_period_end", nullable = false)
    private LocalDate previousPeriodEnd;

    @Column(name = "new_period_end", nullable = false)
    private LocalDate newPeriodEnd;

    @Column(nullable = false)
    private String reason;

    @Column(name = "funder_reference")
    private String reference;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ExtensionStatus status = ExtensionStatus.REQUESTED;

    @Column(name = "requested_by", nullable = false)
    private String requestedBy;

    @Column(name = "requested_at", nullable = false)
    private OffsetDateTime requestedAt;

    @Column(name = "decided_by")
    private String decidedBy;

    @Column(name = "decided_at")
    private OffsetDateTime decidedAt;

    @Column(name = "decision_note")
    private String decisionNote;

    @Version
    private long version;

    protected Extension() {
    }

    public Extension(long projectId, LocalDate previousPeriodEnd, LocalDate newPeriodEnd, String reason,
                     String reference, String requestedBy, OffsetDateTime requestedAt) {
        this.projectId = projectId;
        this.previousPeriodEnd = previousPeriodEnd;
        this.newPeriodEnd = newPeriodEnd;
        this.reason = reason.trim();
        this.reference = reference == null || reference.isBlank() ? null : reference.trim();
        this.requestedBy = requestedBy;
        this.requestedAt = requestedAt;
    }

    public void approve(Project project, String by, OffsetDateTime at) {
        decide(ExtensionStatus.APPROVED, null, by, at);
        project.extendTo(newPeriodEnd);
    }

    public void reject(String note, String by, OffsetDateTime at) {
        decide(ExtensionStatus.REJECTED, note, by, at);
    }

    private void decide(ExtensionStatus outcome, String note, String by, OffsetDateTime at) {
        if (status != ExtensionStatus.REQUESTED) {
            throw new RuleViolationException("funding.extensionDecided",
                    "The extension was already {0}.", status);
        }
        this.status = outcome;
        this.decisionNote = note == null || note.isBlank() ? null : note.trim();
        this.decidedBy = by;
        this.decidedAt = at;
    }

    public Long getId() {
        return id;
    }

    public long getProjectId() {
        return projectId;
    }

    public LocalDate getPreviousPeriodEnd() {
        return previousPeriodEnd;
    }

    public LocalDate getNewPeriodEnd() {
        return newPeriodEnd;
    }

    public String getReason() {
        return reason;
    }

    public String getReference() {
        return reference;
    }

    public ExtensionStatus getStatus() {
        return status;
    }

    public String getRequestedBy() {
        return requestedBy;
    }

    public OffsetDateTime getRequestedAt() {
        return requestedAt;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public OffsetDateTime getDecidedAt() {
        return decidedAt;
    }

    public String getDecisionNote() {
        return decisionNote;
    }

    public long getVersion() {
        return version;
    }
}
