package de.netzwerkbuero.membership.domain;

import de.netzwerkbuero.membership.api.MemberStatus;

/** A status change a member made, for the history and the audit trail; {@code from} is null on creation. */
public record StatusChange(MemberStatus from, MemberStatus to, String action, String reason) {
}
