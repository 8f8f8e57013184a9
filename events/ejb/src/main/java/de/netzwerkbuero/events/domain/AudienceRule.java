package de.netzwerkbuero.events.domain;

import de.netzwerkbuero.events.api.Audience;
import de.netzwerkbuero.membership.api.MemberSummary;
import de.netzwerkbuero.platform.api.error.RuleViolationException;

import java.util.function.BooleanSupplier;

/**
 * Who may register for an audience: MEMBERS people of an ACTIVE member, MEMBERS_AND_PROSPECTS also confirmed
 * prospects (by e-mail), PUBLIC anyone. The prospect look-up is only asked for when it decides.
 */
public final class AudienceRule {

    private AudienceRule() {
    }

    /**
     * @param member the member named in the registration, {@code null} for a guest
     * @param confirmedProspect whether the registration's e-mail belongs to a confirmed prospect
     */
    public static void require(Audience audience, MemberSummary member, BooleanSupplier confirmedProspect) {
        switch (audience) {
            case PUBLIC -> {
            }
            case MEMBERS -> requireActiveMember(member);
            case MEMBERS_AND_PROSPECTS -> {
                if (member != null && member.active() || confirmedProspect.getAsBoolean()) {
                    return;
                }
                if (member != null) {
                    throw memberNotActive(member);
                }
                throw new RuleViolationException("events.registration.membersAndProspectsOnly",
                        "This event is open to members and registered prospects only.");
            }
        }
    }

    private static void requireActiveMember(MemberSummary member) {
        if (member == null) {
            throw new RuleViolationException("events.registration.membersOnly",
                    "This event is open to members only: name the member organisation.");
        }
        if (!member.active()) {
            throw memberNotActive(member);
        }
    }

    private static RuleViolationException memberNotActive(MemberSummary member) {
        return new RuleViolationException("events.registration.memberNotActive",
                "{0} is not an active member ({1}).", member.name(), member.status());
    }
}
