package de.netzwerkbuero.funding.domain;

import de.netzwerkbuero.funding.api.DeadlineKind;

import java.time.LocalDate;

/** A deadline as the engine computes it, before it is stored. {@code fiscalYear} only for interim proofs. */
public record PlannedDeadline(String key, DeadlineKind kind, String title, LocalDate dueOn, Integer fiscalYear) {
}
