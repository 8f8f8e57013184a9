package de.netzwerkbuero.funding.api;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * One submitted, immutable version of a report: its text and attachments, the SHA-256 over both, whether it
 * came after {@code dueOn}, and the review's outcome ({@code status} ACCEPTED or RETURNED once decided).
 */
public record ReportVersionView(long reportId, int number, String text, OffsetDateTime submittedAt,
                                String submittedBy, LocalDate dueOn, boolean late, String sha256,
                                ReportStatus status, String reviewedBy, OffsetDateTime reviewedAt,
                                List<AttachmentView> attachments, List<FindingView> findings) implements Serializable {

    public ReportVersionView {
        attachments = List.copyOf(attachments);
        findings = List.copyOf(findings);
    }
}
