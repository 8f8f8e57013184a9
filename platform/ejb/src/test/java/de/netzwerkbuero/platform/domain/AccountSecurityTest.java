package de.netzwerkbuero.platform.domain;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AccountSecurityTest {

    private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");

    private static Account account() {
        return new Account("paula", "Paula", "p@example.org", "hash", Set.of("office"), OffsetDateTime.now());
    }

    @Test
    void disablingChangingRolesAndResettingPasswordsRaiseTheStamp() {
        Account account = account();
        long stamp = account.getSecurityStamp();
        assertTrue(account.setEnabled(false));
        assertEquals(stamp + 1, account.getSecurityStamp());
        assertFalse(account.setEnabled(false), "no change, no new stamp");
        assertEquals(stamp + 1, account.getSecurityStamp());
        account.replaceRoles(Set.of("auditor"));
        account.changePassword("other");
        account.resetTotp();
        assertEquals(stamp + 4, account.getSecurityStamp());
    }

    @Test
    void aRevokedLoginLosesItsSecondStepTicket() {
        Account account = account();
        account.issueTicket("t", NOW.plusSeconds(300));
        assertTrue(account.ticketValidAt(NOW));
        assertFalse(account.ticketValidAt(NOW.plusSeconds(300)), "tickets expire");
        account.revokeLogins();
        assertFalse(account.ticketValidAt(NOW));
    }

    @Test
    void aTicketEndsAfterTooManyWrongCodes() {
        Account account = account();
        account.issueTicket("t", NOW.plusSeconds(300));
        for (int i = 0; i < 4; i++) {
            account.ticketFailed(5);
        }
        assertTrue(account.ticketValidAt(NOW));
        account.ticketFailed(5);
        assertFalse(account.ticketValidAt(NOW));
    }

    @Test
    void aOneTimeCodesStepIsAcceptedOnce() {
        Account account = account();
        account.beginTotp("SECRET");
        assertFalse(account.hasTotp(), "pending until the first code");
        account.confirmTotp(100);
        assertTrue(account.hasTotp());
        assertFalse(account.useTotpStep(100), "the enrolment's code cannot be used again");
        assertTrue(account.useTotpStep(101));
        assertFalse(account.useTotpStep(101));
        assertFalse(account.useTotpStep(99));
    }
}
