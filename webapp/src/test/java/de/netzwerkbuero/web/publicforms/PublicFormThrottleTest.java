package de.netzwerkbuero.web.publicforms;

import de.netzwerkbuero.platform.api.error.TooManyRequestsException;
import de.netzwerkbuero.platform.api.throttle.RateLimiter;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PublicFormThrottleTest {

    private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");

    private static PublicFormThrottle throttle(Instant now) {
        return new PublicFormThrottle(new RateLimiter(10, Duration.ofMinutes(10), 100),
                new RateLimiter(3, Duration.ofHours(1), 100), Clock.fixed(now, ZoneOffset.UTC));
    }

    @Test
    void anAddressGetsThreeMailsAnHourPerForm() {
        PublicFormThrottle throttle = throttle(NOW);
        for (int i = 0; i < 3; i++) {
            throttle.admit(PublicForm.PROSPECT_SIGN_UP, "198.51.100." + i, " Ziel@Example.org");
        }
        TooManyRequestsException refused = assertThrows(TooManyRequestsException.class,
                () -> throttle.admit(PublicForm.PROSPECT_SIGN_UP, "198.51.100.9", "ziel@example.org"));
        assertEquals(429, refused.status());
        assertTrue(refused.retryAfterSeconds() > 3500 && refused.retryAfterSeconds() <= 3601,
                "retry after " + refused.retryAfterSeconds());
        throttle.admit(PublicForm.EVENT_REGISTRATION, "198.51.100.9", "ziel@example.org");
    }

    @Test
    void aClientGetsTenSubmissionsInTenMinutes() {
        PublicFormThrottle throttle = throttle(NOW);
        for (int i = 0; i < 10; i++) {
            throttle.admit(PublicForm.EVENT_REGISTRATION, "203.0.113.7", "person" + i + "@example.org");
        }
        TooManyRequestsException refused = assertThrows(TooManyRequestsException.class,
                () -> throttle.admit(PublicForm.PROSPECT_SIGN_UP, "203.0.113.7", "neu@example.org"));
        assertTrue(refused.retryAfterSeconds() <= 601, "retry after " + refused.retryAfterSeconds());
        throttle.admit(PublicForm.PROSPECT_SIGN_UP, "203.0.113.8", "neu@example.org");
    }
}
