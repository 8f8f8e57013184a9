package de.netzwerkbuero.platform.api.throttle;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Counts attempts per key (a source address, an e-mail address, a username) in fixed windows and refuses
 * more than {@code permits} per window. Memory is bounded: at most {@code maxKeys} keys are held, and when
 * more arrive the key not used for the longest time is dropped first. Held per server node in memory; a
 * restart or a second node starts counting afresh, which is acceptable for slowing down abuse.
 * <p>
 * The one throttle of the application: login attempts and public forms use it with their own limits.
 */
public final class RateLimiter {

    private final int permits;
    private final Duration window;
    private final Map<String, Window> windows;

    private static final class Window {
        Instant start;
        int used;

        Window(Instant start) {
            this.start = start;
        }
    }

    public RateLimiter(int permits, Duration window, int maxKeys) {
        if (permits < 1 || window.isNegative() || window.isZero() || maxKeys < 1) {
            throw new IllegalArgumentException("permits, window and maxKeys must be positive");
        }
        this.permits = permits;
        this.window = window;
        this.windows = new LinkedHashMap<>(Math.min(maxKeys, 1024), 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Window> eldest) {
                return size() > maxKeys;
            }
        };
    }

    /** Takes one attempt for {@code key} at {@code now}; {@code false} when its window is used up. */
    public synchronized boolean tryAcquire(String key, Instant now) {
        Window current = current(key, now);
        if (current.used >= permits) {
            return false;
        }
        current.used++;
        return true;
    }

    /** Whether {@code key} still has an attempt left, without taking one. */
    public synchronized boolean hasPermit(String key, Instant now) {
        Window current = windows.get(key);
        return current == null || !current.start.plus(window).isAfter(now) || current.used < permits;
    }

    /** When {@code key} gets attempts again; {@code now} when it has some left. */
    public synchronized Instant availableAt(String key, Instant now) {
        Window current = windows.get(key);
        if (current == null || current.used < permits || !current.start.plus(window).isAfter(now)) {
            return now;
        }
        return current.start.plus(window);
    }

    /** Forgets {@code key}, e.g. after a successful login. */
    public synchronized void reset(String key) {
        windows.remove(key);
    }

    synchronized int size() {
        return windows.size();
    }

    private Window current(String key, Instant now) {
        Window current = windows.get(key);
        if (current == null || !current.start.plus(window).isAfter(now)) {
            current = new Window(now);
            windows.put(key, current);
        }
        return current;
    }
}
