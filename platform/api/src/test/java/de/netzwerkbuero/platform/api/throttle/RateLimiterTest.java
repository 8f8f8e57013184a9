package de.netzwerkbuero.platform.api.throttle;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RateLimiterTest {

    private static final Instant T0 = Instant.parse("2026-12-01T10:00:00Z");

    @Test
    void refusesBeyondThePermitsOfAWindowAndAllowsAgainInTheNext() {
        RateLimiter limiter = new RateLimiter(3, Duration.ofMinutes(1), 100);
        assertTrue(limiter.tryAcquire("10.0.0.1", T0));
        assertTrue(limiter.tryAcquire("10.0.0.1", T0.plusSeconds(1)));
        assertTrue(limiter.tryAcquire("10.0.0.1", T0.plusSeconds(2)));
        assertFalse(limiter.tryAcquire("10.0.0.1", T0.plusSeconds(3)));
        assertFalse(limiter.hasPermit("10.0.0.1", T0.plusSeconds(3)));
        assertEquals(T0.plusSeconds(60), limiter.availableAt("10.0.0.1", T0.plusSeconds(3)));
        assertTrue(limiter.tryAcquire("10.0.0.2", T0.plusSeconds(3)), "another key has its own window");
        assertTrue(limiter.tryAcquire("10.0.0.1", T0.plusSeconds(60)));
    }

    @Test
    void resetForgetsAKey() {
        RateLimiter limiter = new RateLimiter(1, Duration.ofMinutes(1), 100);
        assertTrue(limiter.tryAcquire("a", T0));
        assertFalse(limiter.tryAcquire("a", T0));
        limiter.reset("a");
        assertTrue(limiter.tryAcquire("a", T0));
    }

    @Test
    void holdsNoMoreThanMaxKeysDroppingTheLeastRecentlyUsed() {
        RateLimiter limiter = new RateLimiter(1, Duration.ofHours(1), 1000);
        for (int i = 0; i < 100_000; i++) {
            limiter.tryAcquire("key-" + i, T0);
        }
        assertEquals(1000, limiter.size());
        assertTrue(limiter.tryAcquire("key-0", T0), "the oldest keys were dropped");
        assertFalse(limiter.tryAcquire("key-99999", T0), "the newest are still counted");
    }
}
