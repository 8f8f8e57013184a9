package de.netzwerkbuero.funding.api;

import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A report in its current state, with the REST API's field names. {@code version} is the ETag (optimistic
 * lock) like everywhere in the API; {@code versionNumber} counts the submitted versions (0 for a draft never
 * submitted). {@code submittedAt}, {@code late} and {@code sha256} describe the latest submitted version;
 * {@code text} and {@code attachments} are the working copy while DRAFT or RETURNED, else that version's.
 */
public record ReportView(long id, long projectId, ReportKind kind, Long milestoneId, Integer fiscalYear, String text,
                         ReportStatus status, long version, OffsetDateTime submittedAt, boolean late, String sha256,
                         int versionNumber, List<AttachmentView> attachments) implements Serializable {

    public ReportView {
        attachments = List.copyOf(attachments);
    }
}
