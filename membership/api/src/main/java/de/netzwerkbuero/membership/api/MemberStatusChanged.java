package de.netzwerkbuero.membership.api;

import java.io.Serializable;

/**
 * CDI event fired when a member's status changes (for example to LEFT), so other modules can react
 * (observe with {@code TransactionPhase.AFTER_SUCCESS} for side effects).
 */
public record MemberStatusChanged(long memberId, MemberStatus from, MemberStatus to) implements Serializable {
}
