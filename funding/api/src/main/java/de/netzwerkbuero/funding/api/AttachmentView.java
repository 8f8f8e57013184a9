package de.netzwerkbuero.funding.api;

import java.io.Serializable;
import java.time.OffsetDateTime;

/** A PDF attached to a report, with the SHA-256 of its bytes. */
public record AttachmentView(long id, long reportId, String filename, long size, String sha256, String addedBy,
                             OffsetDateTime addedAt) implements Serializable {
}
