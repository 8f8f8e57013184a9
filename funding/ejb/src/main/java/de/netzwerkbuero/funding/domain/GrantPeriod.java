package de.netzwerkbuero.funding.domain;

import java.time.LocalDate;
import java.util.Objects;

/** A grant period (Bewilligungszeitraum), both days inclusive. */
public record GrantPeriod(LocalDate start, LocalDate end) {

    public GrantPeriod {
        Objects.requireNonNull(start);
        Objects.requireNonNull(end);
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("period ends before it starts");
        }
    }

    /** start + duration − 1 day: 2023-07-01 with 24 months ends on 2025-06-30. */
    public static LocalDate defaultEnd(LocalDate start, int durationMonths) {
        return start.plusMonths(durationMonths).minusDays(1);
    }

    /** Whether this period is longer than a programme's duration allows, measured from its start. */
    public boolean exceeds(int durationMonths) {
        return end.isAfter(defaultEnd(start, durationMonths));
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(start) && !day.isAfter(end);
    }

    /** The day the project finished: the period's end, or the day its purpose was fulfilled if earlier. */
    public LocalDate finishedOn(LocalDate purposeFulfilledOn) {
        return purposeFulfilledOn != null && purposeFulfilledOn.isBefore(end) ? purposeFulfilledOn : end;
    }
}
