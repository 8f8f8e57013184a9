package de.netzwerkbuero.funding.api;

import java.io.Serializable;
import java.time.OffsetDateTime;

/** A recorded finding on one version of a report. */
public record FindingView(long id, long reportId, int versionNumber, FindingSeverity severity, String text,
                          String author, OffsetDateTime createdAt) implements Serializable {
}
