package de.netzwerkbuero.funding.api;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * A deadline with the REST API's field names, then: its id, its key within the project (e.g.
 * {@code INTERIM_PROOF:2023}), when it was fulfilled, the rule-set version its date was computed with, and
 * the project's funding reference for lists over all projects.
 */
public record DeadlineView(DeadlineKind kind, String title, LocalDate dueOn, DeadlineStatus status, long projectId,
                           Integer fiscalYear, long id, String key, LocalDate fulfilledOn, int ruleSetVersion,
                           String fundingReference) implements Serializable {
}
