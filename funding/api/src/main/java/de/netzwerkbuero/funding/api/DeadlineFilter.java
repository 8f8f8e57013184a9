package de.netzwerkbuero.funding.api;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * Filters of the deadline list over all visible projects, each optional: due between {@code from} and
 * {@code to} (inclusive); {@code overdue = true} only overdue ones, {@code false} none of them.
 */
public record DeadlineFilter(LocalDate from, LocalDate to, Boolean overdue, Long projectId, DeadlineKind kind)
        implements Serializable {

    public static DeadlineFilter none() {
        return new DeadlineFilter(null, null, null, null, null);
    }
}
