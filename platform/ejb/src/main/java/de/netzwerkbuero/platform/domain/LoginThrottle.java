package de.netzwerkbuero.platform.domain;

import java.time.Duration;
import java.time.Instant;

/**
 * Slows down password guessing per account: after {@value #FREE_ATTEMPTS} failed logins in a row the
 * account is locked for a period that doubles with every further failure, up to {@link #MAX_LOCK}.
 * A successful login resets the count.
 */
public final class LoginThrottle {

    public static final int FREE_ATTEMPTS = 5;
    static final Duration FIRST_LOCK = Duration.ofSeconds(30);
    static final Duration MAX_LOCK = Duration.ofMinutes(15);

    private LoginThrottle() {
    }

    /** When the account unlocks after this many consecutive failures, or {@code null} if it stays open. */
    public static Instant lockedUntil(int consecutiveFailures, Instant now) {
        if (consecutiveFailures < FREE_ATTEMPTS) {
            return null;
        }
        int doublings = Math.min(consecutiveFailures - FREE_ATTEMPTS, 10);
        Duration lock = FIRST_LOCK.multipliedBy(1L << doublings);
        return now.plus(lock.compareTo(MAX_LOCK) > 0 ? MAX_LOCK : lock);
    }
}
