package de.netzwerkbuero.membership.api;

import java.io.Serializable;
import java.time.OffsetDateTime;

/**
 * One recorded status change of a member. {@code from} is {@code null} for the creation. {@code action} is
 * one of the workflow actions (apply, review, admit, reject, withdraw, suspend, resume, resign), or
 * {@code create}, {@code found}, {@code activate}, {@code leave} for the changes the system makes by itself.
 */
public record HistoryEntry(MemberStatus from, MemberStatus to, String action, String actor, OffsetDateTime at,
                           String reason) implements Serializable {
}
