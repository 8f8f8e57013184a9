package de.netzwerkbuero.funding.api;

import jakarta.ejb.Local;

import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;

/**
 * Reports of a project: the lead (and the office) write drafts, attach PDFs and submit; each submission
 * freezes a new version with its SHA-256 digest. Whoever may see the project reads them.
 */
@Local
public interface Reports {

    /** Largest attachment accepted, in bytes. */
    long MAX_ATTACHMENT_BYTES = 10L * 1024 * 1024;

    List<ReportView> list(long projectId);

    ReportView get(long id);

    ReportView createDraft(long projectId, NewReport report);

    /** Only while DRAFT or RETURNED. */
    ReportView editText(long id, long expectedVersion, String text);

    /** DRAFT or RETURNED → SUBMITTED as a new immutable version; a late submission stays marked late. */
    ReportView submit(long id, long expectedVersion);

    /**
     * Adds a PDF to the working copy (DRAFT or RETURNED). Refused unless it starts with {@code %PDF-} and
     * ends with {@code %%EOF}; larger than {@link #MAX_ATTACHMENT_BYTES} is a {@code TooLargeException}.
     */
    AttachmentView attach(long id, String filename, InputStream content);

    /** Removes an attachment from the working copy; submitted versions keep theirs. */
    void removeAttachment(long attachmentId);

    AttachmentView attachment(long attachmentId);

    /** Copies the attachment's bytes to {@code out}. */
    void writeAttachment(long attachmentId, OutputStream out);

    /** Every submitted version, oldest first, with attachments and findings. */
    List<ReportVersionView> versions(long id);

    ReportVersionView version(long id, int number);

    /** The submitted version rendered as a PDF (metadata, digest, attachment list, text). */
    byte[] versionPdf(long id, int number);
}
