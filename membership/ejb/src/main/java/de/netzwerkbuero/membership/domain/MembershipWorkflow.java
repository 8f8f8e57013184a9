package de.netzwerkbuero.membership.domain;

import de.netzwerkbuero.membership.api.MemberStatus;
import de.netzwerkbuero.platform.api.error.RuleViolationException;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static de.netzwerkbuero.membership.api.MemberStatus.ACTIVE;
import static de.netzwerkbuero.membership.api.MemberStatus.ADMITTED;
import static de.netzwerkbuero.membership.api.MemberStatus.APPLIED;
import static de.netzwerkbuero.membership.api.MemberStatus.IN_REVIEW;
import static de.netzwerkbuero.membership.api.MemberStatus.LEAVING;
import static de.netzwerkbuero.membership.api.MemberStatus.LEFT;
import static de.netzwerkbuero.membership.api.MemberStatus.PROSPECT;
import static de.netzwerkbuero.membership.api.MemberStatus.REJECTED;
import static de.netzwerkbuero.membership.api.MemberStatus.SUSPENDED;
import static de.netzwerkbuero.membership.api.MemberStatus.WITHDRAWN;
import static de.netzwerkbuero.membership.domain.MembershipAction.ACTIVATE;
import static de.netzwerkbuero.membership.domain.MembershipAction.ADMIT;
import static de.netzwerkbuero.membership.domain.MembershipAction.APPLY;
import static de.netzwerkbuero.membership.domain.MembershipAction.LEAVE;
import static de.netzwerkbuero.membership.domain.MembershipAction.REJECT;
import static de.netzwerkbuero.membership.domain.MembershipAction.RESIGN;
import static de.netzwerkbuero.membership.domain.MembershipAction.RESUME;
import static de.netzwerkbuero.membership.domain.MembershipAction.REVIEW;
import static de.netzwerkbuero.membership.domain.MembershipAction.SUSPEND;
import static de.netzwerkbuero.membership.domain.MembershipAction.WITHDRAW;

/** The transition table of DESIGN.md's membership workflow, and nothing else. */
public final class MembershipWorkflow {

    public static final String NOT_ALLOWED = "membership.transitionNotAllowed";

    private static final Map<MemberStatus, Map<MembershipAction, MemberStatus>> TABLE = new EnumMap<>(MemberStatus.class);

    static {
        allow(PROSPECT, APPLY, APPLIED);
        allow(APPLIED, REVIEW, IN_REVIEW);
        allow(IN_REVIEW, ADMIT, ADMITTED);
        allow(ADMITTED, ACTIVATE, ACTIVE);
        allow(APPLIED, REJECT, REJECTED);
        allow(IN_REVIEW, REJECT, REJECTED);
        allow(APPLIED, WITHDRAW, WITHDRAWN);
        allow(IN_REVIEW, WITHDRAW, WITHDRAWN);
        allow(ACTIVE, SUSPEND, SUSPENDED);
        allow(SUSPENDED, RESUME, ACTIVE);
        allow(ACTIVE, RESIGN, LEAVING);
        allow(SUSPENDED, RESIGN, LEAVING);
        allow(LEAVING, LEAVE, LEFT);
    }

    private MembershipWorkflow() {
    }

    private static void allow(MemberStatus from, MembershipAction action, MemberStatus to) {
        TABLE.computeIfAbsent(from, s -> new EnumMap<>(MembershipAction.class)).put(action, to);
    }

    public static Optional<MemberStatus> target(MemberStatus from, MembershipAction action) {
        return Optional.ofNullable(TABLE.getOrDefault(from, Map.of()).get(action));
    }

    /** The status the action leads to, or a 409 naming the current status, the action and what is allowed. */
    public static MemberStatus next(MemberStatus from, MembershipAction action) {
        return target(from, action).orElseThrow(() -> new RuleViolationException(NOT_ALLOWED,
                "The action \"{1}\" is not allowed for a member in status {0} (allowed now: {2}).",
                from, action.apiName(), describe(allowed(from))));
    }

    /** Every action, manual or by date, that the workflow allows from this status. */
    public static List<MembershipAction> allowed(MemberStatus from) {
        return List.copyOf(TABLE.getOrDefault(from, Map.of()).keySet());
    }

    public static List<MembershipAction> allowedManually(MemberStatus from) {
        return allowed(from).stream().filter(MembershipAction::manual).toList();
    }

    public static boolean terminal(MemberStatus status) {
        return allowed(status).isEmpty();
    }

    private static String describe(List<MembershipAction> actions) {
        if (actions.isEmpty()) {
            return "none, the status is final";
        }
        return String.join(", ", actions.stream()
                .map(a -> a.manual() ? a.apiName() : a.apiName() + " (by date)").toList());
    }
}
