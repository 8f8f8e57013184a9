package de.netzwerkbuero.platform.domain;

import de.netzwerkbuero.platform.api.throttle.RateLimiter;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

/**
 * Slows down password guessing without letting anyone lock an account's owner out:
 * <ul>
 *   <li>per source address: at most {@value #ADDRESS_FAILURES} failed attempts in {@link #ADDRESS_WINDOW}
 *       (any account, known or not); beyond that an address is answered at once, without a password check;</li>
 *   <li>per account <em>and</em> source address: after {@value #ACCOUNT_FAILURES} failures in
 *       {@link #ACCOUNT_WINDOW} that address is refused for that account, even with the right password. Another
 *       address (the owner's) is not affected, so a guesser cannot lock the owner out, and the lock ends with the
 *       window;</li>
 *   <li>unknown usernames: at most {@value #UNKNOWN_NAMES} attempts per {@link #UNKNOWN_WINDOW} over all
 *       addresses run the (dummy) password derivation and are audited; beyond that they are refused at once,
 *       so random names cannot flood the CPU or the audit trail.</li>
 * </ul>
 * Counted in memory per server node with the shared {@link RateLimiter}.
 */
public final class LoginThrottle {

    public static final int ADDRESS_FAILURES = 20;
    public static final Duration ADDRESS_WINDOW = Duration.ofMinutes(10);
    public static final int ACCOUNT_FAILURES = 5;
    public static final Duration ACCOUNT_WINDOW = Duration.ofMinutes(15);
    public static final int UNKNOWN_NAMES = 60;
    public static final Duration UNKNOWN_WINDOW = Duration.ofMinutes(1);
    private static final int MAX_KEYS = 20_000;
    private static final String UNKNOWN = "unknown-usernames";

    private final RateLimiter perAddress;
    private final RateLimiter perAccountAndAddress;
    private final RateLimiter unknownNames;

    public LoginThrottle() {
        this(ADDRESS_FAILURES, ACCOUNT_FAILURES, UNKNOWN_NAMES);
    }

    LoginThrottle(int addressFailures, int accountFailures, int unknownNames) {
        this.perAddress = new RateLimiter(addressFailures, ADDRESS_WINDOW, MAX_KEYS);
        this.perAccountAndAddress = new RateLimiter(accountFailures, ACCOUNT_WINDOW, MAX_KEYS);
        this.unknownNames = new RateLimiter(unknownNames, UNKNOWN_WINDOW, 1);
    }

    /** Whether the address has used up its failed attempts. */
    public boolean addressBlocked(String address, Instant now) {
        return !perAddress.hasPermit(addressKey(address), now);
    }

    /** Whether this address may no longer try this account (the right password included). */
    public boolean accountBlocked(String username, String address, Instant now) {
        return !perAccountAndAddress.hasPermit(accountKey(username, address), now);
    }

    /** Takes one of the attempts for unknown usernames; false when they are used up. */
    public boolean unknownNameAllowed(Instant now) {
        return unknownNames.tryAcquire(UNKNOWN, now);
    }

    public void failed(String username, String address, Instant now) {
        perAddress.tryAcquire(addressKey(address), now);
        if (username != null) {
            perAccountAndAddress.tryAcquire(accountKey(username, address), now);
        }
    }

    /** The address's failures for this account are forgotten; those of the address as a whole are not. */
    public void succeeded(String username, String address) {
        perAccountAndAddress.reset(accountKey(username, address));
    }

    private static String addressKey(String address) {
        return address == null ? "?" : address;
    }

    private static String accountKey(String username, String address) {
        return username.toLowerCase(Locale.ROOT) + "|" + addressKey(address);
    }
}
