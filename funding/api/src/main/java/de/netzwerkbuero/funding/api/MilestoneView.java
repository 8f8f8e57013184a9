package de.netzwerkbuero.funding.api;

import java.io.Serializable;
import java.time.LocalDate;

/** A milestone with the REST API's field names, plus its project and ETag {@code version}. */
public record MilestoneView(long id, String title, LocalDate dueOn, String deliverable, MilestoneStatus status,
                            long projectId, long version) implements Serializable {
}
