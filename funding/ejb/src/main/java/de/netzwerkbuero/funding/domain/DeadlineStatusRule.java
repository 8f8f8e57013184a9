package de.netzwerkbuero.funding.domain;

import de.netzwerkbuero.funding.api.DeadlineKind;
import de.netzwerkbuero.funding.api.DeadlineStatus;

import java.time.LocalDate;

/** The status shown for a deadline on a given day. */
public final class DeadlineStatusRule {

    private DeadlineStatusRule() {
    }

    public static DeadlineStatus status(DeadlineKind kind, Fulfilment fulfilment, LocalDate dueOn, LocalDate today,
                                        int dueSoonDays) {
        if (!kind.obligation()) {
            return today.isAfter(dueOn) ? DeadlineStatus.MET : DeadlineStatus.OPEN;
        }
        return switch (fulfilment) {
            case SUBMITTED -> DeadlineStatus.SUBMITTED;
            case ACCEPTED -> DeadlineStatus.ACCEPTED;
            case MET -> DeadlineStatus.MET;
            case OPEN -> today.isAfter(dueOn) ? DeadlineStatus.OVERDUE
                    : today.plusDays(dueSoonDays).isBefore(dueOn) ? DeadlineStatus.OPEN : DeadlineStatus.DUE_SOON;
        };
    }

    public static boolean overdue(DeadlineKind kind, Fulfilment fulfilment, LocalDate dueOn, LocalDate today) {
        return kind.obligation() && fulfilment == Fulfilment.OPEN && today.isAfter(dueOn);
    }
}
