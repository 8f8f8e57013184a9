package de.netzwerkbuero.membership.api;

import de.netzwerkbuero.platform.api.paging.Page;
import de.netzwerkbuero.platform.api.paging.PageRequest;
import jakarta.ejb.Local;

import java.util.List;
import java.util.Map;

/**
 * The office's work on member organisations and the membership workflow. Sort fields of {@link #list}:
 * name (default), ags, status, state, joinedOn, each optionally {@code ,desc}.
 */
@Local
public interface Members {

    /** How many members are in each status (every status present, zero where none): the membership pipeline. */
    Map<MemberStatus, Long> countByStatus();

    /** The workflow actions a caller may name in {@link #transition}. */
    List<String> ACTIONS = List.of("apply", "review", "admit", "reject", "withdraw", "suspend", "resume", "resign");

    Page<MemberView> list(MemberFilter filter, PageRequest page);

    MemberView get(long id);

    /** Creates a member in status PROSPECT. */
    MemberView create(NewMember member);

    /** Creates a founding member: ACTIVE since the network's founding date and flagged as such. */
    MemberView createFoundingMember(NewMember member);

    /** Replaces the master data; throws {@code StaleVersionException} when {@code expectedVersion} is outdated. */
    MemberView update(long id, long expectedVersion, MemberData data);

    /**
     * Runs one workflow action (see {@link #ACTIONS}). {@code reason} is required for reject, suspend and
     * resign; {@code admissionRoundId} for admit. A forbidden action is a {@code RuleViolationException}.
     */
    MemberView transition(long id, String action, String reason, Long admissionRoundId);

    /** The actions the workflow allows the office to take now, e.g. for buttons. */
    List<String> allowedActions(long id);

    /** The status changes, oldest first. */
    List<HistoryEntry> history(long id);

    /** The application; empty fields when none was recorded yet. */
    ApplicationView application(long id);

    ApplicationView saveApplication(long id, ApplicationView application);

    /**
     * Applies what is due by date: ADMITTED members whose round date has come become ACTIVE, LEAVING
     * members whose notice has run out become LEFT, expired prospects are erased, past rounds close.
     * A persistent timer calls the same logic every hour; tests call this after moving the clock.
     */
    DueTransitionsResult applyDueTransitions();
}
