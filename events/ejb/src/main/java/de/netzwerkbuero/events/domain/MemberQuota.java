package de.netzwerkbuero.events.domain;

import de.netzwerkbuero.platform.api.error.RuleViolationException;

/** How many people one member organisation may register for an event (confirmed and waiting together). */
public final class MemberQuota {

    private MemberQuota() {
    }

    /** @param quota {@code null} for no limit */
    public static void require(Integer quota, long activeRegistrationsOfMember) {
        if (quota != null && activeRegistrationsOfMember >= quota) {
            throw new RuleViolationException("events.registration.quotaReached",
                    "Each member may register at most {0} people for this event.", quota);
        }
    }
}
