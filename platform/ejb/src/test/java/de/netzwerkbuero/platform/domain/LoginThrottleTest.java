package de.netzwerkbuero.platform.domain;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LoginThrottleTest {

    private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");
    private static final String GUESSER = "203.0.113.9";
    private static final String OWNER = "198.51.100.7";

    @Test
    void anAccountIsBlockedOnlyForTheAddressThatFailed() {
        LoginThrottle throttle = new LoginThrottle();
        for (int i = 0; i < LoginThrottle.ACCOUNT_FAILURES; i++) {
            assertFalse(throttle.accountBlocked("paula", GUESSER, NOW));
            throttle.failed("paula", GUESSER, NOW);
        }
        assertTrue(throttle.accountBlocked("paula", GUESSER, NOW));
        assertTrue(throttle.accountBlocked("PAULA", GUESSER, NOW), "usernames are counted case-insensitively");
        assertFalse(throttle.accountBlocked("paula", OWNER, NOW), "the owner's address is not locked out");
        assertFalse(throttle.accountBlocked("otto", GUESSER, NOW));
    }

    @Test
    void theAccountLockEndsWithItsWindow() {
        LoginThrottle throttle = new LoginThrottle();
        for (int i = 0; i < LoginThrottle.ACCOUNT_FAILURES; i++) {
            throttle.failed("paula", GUESSER, NOW);
        }
        assertTrue(throttle.accountBlocked("paula", GUESSER, NOW.plus(LoginThrottle.ACCOUNT_WINDOW).minusSeconds(1)));
        assertFalse(throttle.accountBlocked("paula", GUESSER, NOW.plus(LoginThrottle.ACCOUNT_WINDOW)));
    }

    @Test
    void aSuccessForgetsTheAccountsFailuresButNotTheAddresss() {
        LoginThrottle throttle = new LoginThrottle(3, 2, 10);
        throttle.failed("paula", GUESSER, NOW);
        throttle.failed("otto", GUESSER, NOW);
        throttle.succeeded("paula", GUESSER);
        throttle.failed("paula", GUESSER, NOW);
        assertFalse(throttle.accountBlocked("paula", GUESSER, NOW));
        assertTrue(throttle.addressBlocked(GUESSER, NOW), "a valid account of the guesser's own does not reset the address");
    }

    @Test
    void anAddressIsBlockedAfterTooManyFailuresOnAnyAccount() {
        LoginThrottle throttle = new LoginThrottle();
        for (int i = 0; i < LoginThrottle.ADDRESS_FAILURES; i++) {
            assertFalse(throttle.addressBlocked(GUESSER, NOW));
            throttle.failed(i % 2 == 0 ? null : "user" + i, GUESSER, NOW);
        }
        assertTrue(throttle.addressBlocked(GUESSER, NOW));
        assertFalse(throttle.addressBlocked(OWNER, NOW));
        assertFalse(throttle.addressBlocked(GUESSER, NOW.plus(LoginThrottle.ADDRESS_WINDOW)));
    }

    @Test
    void unknownUsernamesHaveOneSharedBudget() {
        LoginThrottle throttle = new LoginThrottle();
        for (int i = 0; i < LoginThrottle.UNKNOWN_NAMES; i++) {
            assertTrue(throttle.unknownNameAllowed(NOW));
        }
        assertFalse(throttle.unknownNameAllowed(NOW));
        assertTrue(throttle.unknownNameAllowed(NOW.plus(LoginThrottle.UNKNOWN_WINDOW)));
    }
}
