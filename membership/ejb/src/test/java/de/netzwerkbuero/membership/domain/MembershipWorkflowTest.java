package de.netzwerkbuero.membership.domain;

import de.netzwerkbuero.membership.api.MemberStatus;
import de.netzwerkbuero.platform.api.error.RuleViolationException;
import org.junit.jupiter.api.Test;

import java.util.EnumMap;
import java.util.Map;

import static de.netzwerkbuero.membership.api.MemberStatus.*;
import static de.netzwerkbuero.membership.domain.MembershipAction.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MembershipWorkflowTest {

    /** DESIGN.md's diagram, written out independently of the production table. */
    private static final Map<MemberStatus, Map<MembershipAction, MemberStatus>> DIAGRAM = new EnumMap<>(MemberStatus.class);

    static {
        for (MemberStatus s : MemberStatus.values()) {
            DIAGRAM.put(s, new EnumMap<>(MembershipAction.class));
        }
        DIAGRAM.get(PROSPECT).put(APPLY, APPLIED);
        DIAGRAM.get(APPLIED).put(REVIEW, IN_REVIEW);
        DIAGRAM.get(APPLIED).put(REJECT, REJECTED);
        DIAGRAM.get(APPLIED).put(WITHDRAW, WITHDRAWN);
        DIAGRAM.get(IN_REVIEW).put(ADMIT, ADMITTED);
        DIAGRAM.get(IN_REVIEW).put(REJECT, REJECTED);
        DIAGRAM.get(IN_REVIEW).put(WITHDRAW, WITHDRAWN);
        DIAGRAM.get(ADMITTED).put(ACTIVATE, ACTIVE);
        DIAGRAM.get(ACTIVE).put(SUSPEND, SUSPENDED);
        DIAGRAM.get(ACTIVE).put(RESIGN, LEAVING);
        DIAGRAM.get(SUSPENDED).put(RESUME, ACTIVE);
        DIAGRAM.get(SUSPENDED).put(RESIGN, LEAVING);
        DIAGRAM.get(LEAVING).put(LEAVE, LEFT);
    }

    @Test
    void everyAllowedTransitionLeadsWhereTheDiagramSays() {
        int allowed = 0;
        for (var from : DIAGRAM.entrySet()) {
            for (var step : from.getValue().entrySet()) {
                assertEquals(step.getValue(), MembershipWorkflow.next(from.getKey(), step.getKey()),
                        from.getKey() + " --" + step.getKey() + "-->");
                allowed++;
            }
        }
        assertEquals(13, allowed);
    }

    @Test
    void everyOtherTransitionIsRefusedWithAConflictNamingStatusAndAction() {
        int forbidden = 0;
        for (MemberStatus from : MemberStatus.values()) {
            for (MembershipAction action : MembershipAction.values()) {
                if (DIAGRAM.get(from).containsKey(action)) {
                    continue;
                }
                RuleViolationException e = assertThrows(RuleViolationException.class,
                        () -> MembershipWorkflow.next(from, action), from + " --" + action + "-->");
                assertEquals(409, e.status());
                assertEquals(MembershipWorkflow.NOT_ALLOWED, e.key());
                assertTrue(e.getMessage().contains(from.name()), e.getMessage());
                assertTrue(e.getMessage().contains("\"" + action.apiName() + "\""), e.getMessage());
                forbidden++;
            }
        }
        assertEquals(MemberStatus.values().length * MembershipAction.values().length - 13, forbidden);
    }

    @Test
    void messageListsWhatIsAllowedNow() {
        RuleViolationException e = assertThrows(RuleViolationException.class,
                () -> MembershipWorkflow.next(APPLIED, ADMIT));
        assertEquals("The action \"admit\" is not allowed for a member in status APPLIED "
                + "(allowed now: review, reject, withdraw).", e.getMessage());
        assertTrue(assertThrows(RuleViolationException.class, () -> MembershipWorkflow.next(LEFT, RESUME))
                .getMessage().contains("final"));
    }

    @Test
    void manualActionsAreParsedCaseInsensitivelyAndSystemActionsAreNot() {
        assertEquals(ADMIT, MembershipAction.manual(" Admit ").orElseThrow());
        assertTrue(MembershipAction.manual("activate").isEmpty());
        assertTrue(MembershipAction.manual("leave").isEmpty());
        assertTrue(MembershipAction.manual("fly").isEmpty());
        assertTrue(MembershipAction.manual(null).isEmpty());
        assertEquals(java.util.List.of(REVIEW, REJECT, WITHDRAW), MembershipWorkflow.allowedManually(APPLIED));
        assertTrue(MembershipWorkflow.allowedManually(ADMITTED).isEmpty());
        assertTrue(MembershipWorkflow.terminal(REJECTED) && MembershipWorkflow.terminal(WITHDRAWN)
                && MembershipWorkflow.terminal(LEFT));
    }
}
