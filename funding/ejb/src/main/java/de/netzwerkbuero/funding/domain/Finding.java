package de.netzwerkbuero.funding.domain;

import de.netzwerkbuero.funding.api.FindingSeverity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;

/** A reviewer's finding on one version of a report; never changed. */
@Entity
@Table(schema = "funding", name = "finding")
public class Finding {

    public static final int MAX_TEXT_LENGTH = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "finding_seq")
    @SequenceGenerator(name = "finding_seq", sequenceName = "funding.finding_seq", allocationSize = 50)
    private Long id;

    @Column(name = "report_id", nullable = false, updatable = false)
    private long reportId;

    @Column(name = "version_no", nullable = false, updatable = false)
    private int versionNumber;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private FindingSeverity severity;

    @Column(name = "body", nullable = false, updatable = false)
    private String text;

    @Column(nullable = false, updatable = false)
    private String author;

    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;

    protected Finding() {
    }

    public Finding(long reportId, int versionNumber, FindingSeverity severity, String text, String author,
                   OffsetDateTime createdAt) {
        this.reportId = reportId;
        this.versionNumber = versionNumber;
        this.severity = severity;
        this.text = text.trim();
        this.author = author;
        this.createdAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    public long getReportId() {
        return reportId;
    }

    public int getVersionNumber() {
        return versionNumber;
    }

    public FindingSeverity getSeverity() {
        return severity;
    }

    public String getText() {
        return text;
    }

    public String getAuthor() {
        return author;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }
}
