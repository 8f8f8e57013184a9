package de.netzwerkbuero.funding.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;

/**
 * A PDF attached to a report. It belongs to every version from {@code addedIn} up to (not including)
 * {@code removedIn}, so that submitted versions keep their attachments while the working copy changes.
 * The bytes live in the file store under their SHA-256.
 */
@Entity
@Table(schema = "funding", name = "report_attachment")
public class ReportAttachment {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "attachment_seq")
    @SequenceGenerator(name = "attachment_seq", sequenceName = "funding.attachment_seq", allocationSize = 50)
    private Long id;

    @Column(name = "report_id", nullable = false)
    private long reportId;

    @Column(nullable = false)
    private String filename;

    @Column(name = "size_bytes", nullable = false)
    private long size;

    @Column(nullable = false)
    private String sha256;

    @Column(name = "added_in", nullable = false)
    private int addedIn;

    @Column(name = "removed_in")
    private Integer removedIn;

    @Column(name = "added_by", nullable = false)
    private String addedBy;

    @Column(name = "added_at", nullable = false)
    private OffsetDateTime addedAt;

    protected ReportAttachment() {
    }

    public ReportAttachment(long reportId, String filename, long size, String sha256, int addedIn, String addedBy,
                            OffsetDateTime addedAt) {
        this.reportId = reportId;
        this.filename = filename;
        this.size = size;
        this.sha256 = sha256;
        this.addedIn = addedIn;
        this.addedBy = addedBy;
        this.addedAt = addedAt;
    }

    public boolean belongsTo(int versionNumber) {
        return addedIn <= versionNumber && (removedIn == null || removedIn > versionNumber);
    }

    /** Whether no submitted version contains it, so it can be deleted outright. */
    public boolean onlyInWorkingCopy(int workingNumber) {
        return addedIn == workingNumber;
    }

    public void removeFrom(int workingNumber) {
        this.removedIn = workingNumber;
    }

    public ReportDigest.AttachmentFact fact() {
        return new ReportDigest.AttachmentFact(filename, size, sha256);
    }

    public Long getId() {
        return id;
    }

    public long getReportId() {
        return reportId;
    }

    public String getFilename() {
        return filename;
    }

    public long getSize() {
        return size;
    }

    public String getSha256() {
        return sha256;
    }

    public String getAddedBy() {
        return addedBy;
    }

    public OffsetDateTime getAddedAt() {
        return addedAt;
    }
}
