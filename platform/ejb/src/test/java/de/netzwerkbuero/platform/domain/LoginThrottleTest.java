package de.netzwerkbuero.platform.domain;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class LoginThrottleTest {

    private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");

    @Test
    void theFirstFailuresAreFree() {
        for (int failures = 0; failures < LoginThrottle.FREE_ATTEMPTS; failures++) {
            assertNull(LoginThrottle.lockedUntil(failures, NOW));
        }
    }

    @Test
    void theLockDoublesWithEveryFurtherFailure() {
        assertEquals(NOW.plusSeconds(30), LoginThrottle.lockedUntil(5, NOW));
        assertEquals(NOW.plusSeconds(60), LoginThrottle.lockedUntil(6, NOW));
        assertEquals(NOW.plusSeconds(120), LoginThrottle.lockedUntil(7, NOW));
    }

    @Test
    void theLockIsCappedAtFifteenMinutes() {
        assertEquals(NOW.plus(LoginThrottle.MAX_LOCK), LoginThrottle.lockedUntil(50, NOW));
    }

    @Test
    void anAccountCountsFailuresAndASuccessResetsThem() {
        Account account = new Account("x", "X", "x@example.org", "h", java.util.Set.of("office"),
                NOW.atOffset(java.time.ZoneOffset.UTC));
        for (int i = 0; i < LoginThrottle.FREE_ATTEMPTS; i++) {
            account.loginFailed(NOW);
        }
        assertEquals(true, account.isLockedAt(NOW.plusSeconds(10)));
        assertEquals(false, account.isLockedAt(NOW.plusSeconds(31)));
        account.loginSucceeded();
        assertEquals(false, account.isLockedAt(NOW));
    }
}
