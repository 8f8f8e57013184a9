package de.netzwerkbuero.web.security;

import jakarta.enterprise.context.ApplicationScoped;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Successful HTTP Basic logins of the last minute, keyed by username and an HMAC of the password under a key
 * that lives only in this server's memory, with the account's security stamp at login. The caller checks the
 * stamp on every use (a changed password, role or disabled account ends the entry at once) and forgets the
 * entry when it is stale; a wrong password never matches a remembered entry.
 */
@ApplicationScoped
public class RecentLogins {

    static final Duration TTL = Duration.ofSeconds(60);
    private static final int MAX_ENTRIES = 10_000;

    private final byte[] key = new byte[32];
    private final Map<String, Entry> entries = new ConcurrentHashMap<>();

    private record Entry(byte[] passwordMac, Set<String> roles, long stamp, Instant expires) {
    }

    /** A remembered login: its roles and the security stamp it was made with. */
    public record Remembered(Set<String> roles, long stamp) {
    }

    public RecentLogins() {
        new SecureRandom().nextBytes(key);
    }

    public Optional<Remembered> find(String username, char[] password) {
        Entry entry = entries.get(username);
        if (entry == null || entry.expires().isBefore(Instant.now())) {
            return Optional.empty();
        }
        return MessageDigest.isEqual(entry.passwordMac(), mac(password))
                ? Optional.of(new Remembered(entry.roles(), entry.stamp())) : Optional.empty();
    }

    public void remember(String username, char[] password, Set<String> roles, long stamp) {
        if (entries.size() >= MAX_ENTRIES) {
            Instant now = Instant.now();
            entries.values().removeIf(e -> e.expires().isBefore(now));
        }
        entries.put(username, new Entry(mac(password), Set.copyOf(roles), stamp, Instant.now().plus(TTL)));
    }

    public void forget(String username) {
        entries.remove(username);
    }

    private byte[] mac(char[] password) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            ByteBuffer bytes = StandardCharsets.UTF_8.encode(CharBuffer.wrap(password));
            mac.update(bytes);
            return mac.doFinal();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }
}
