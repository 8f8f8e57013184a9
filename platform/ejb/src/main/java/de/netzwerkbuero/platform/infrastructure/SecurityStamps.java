package de.netzwerkbuero.platform.infrastructure;

import de.netzwerkbuero.platform.domain.LoginsRevoked;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The current security stamp per username, for the check on every request of a session. The database is the
 * source of truth; a value read from it is trusted for {@code netzwerk.security.stamp-cache-seconds} (default 5).
 * A change made on this node is put in at once when its transaction commits, so this node refuses the very next
 * request; other nodes of a cluster notice when their cached value expires. Stamps only grow, so a slow read
 * never overwrites a newer value.
 */
@ApplicationScoped
public class SecurityStamps {

    private static final int MAX_ENTRIES = 20_000;
    private static final long UNKNOWN = -1;

    private final long ttlNanos = Duration.ofSeconds(Long.getLong("netzwerk.security.stamp-cache-seconds", 5)).toNanos();
    private final Map<String, Entry> entries = new ConcurrentHashMap<>();

    @Inject
    private AccountRepository accounts;

    private record Entry(long stamp, long readAt) {
        static Entry newer(Entry a, Entry b) {
            if (a.stamp != b.stamp) {
                return a.stamp > b.stamp ? a : b;
            }
            return a.readAt - b.readAt > 0 ? a : b;
        }
    }

    public boolean isCurrent(String username, long stamp) {
        long now = System.nanoTime();
        Entry entry = entries.get(username);
        if (entry == null || now - entry.readAt() > ttlNanos) {
            if (entries.size() >= MAX_ENTRIES) {
                entries.values().removeIf(e -> now - e.readAt() > ttlNanos);
            }
            entry = entries.merge(username, new Entry(accounts.stampOf(username).orElse(UNKNOWN), now), Entry::newer);
        }
        return entry.stamp() == stamp && stamp != UNKNOWN;
    }

    void revoked(@Observes(during = TransactionPhase.AFTER_SUCCESS) LoginsRevoked event) {
        entries.merge(event.username(), new Entry(event.stamp(), System.nanoTime()), Entry::newer);
    }
}
