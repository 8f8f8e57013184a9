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
 * Successful logins of the last minute, keyed by username and an HMAC of the password under a key that
 * lives only in this server's memory. A changed password, role or disabled account takes effect within
 * {@link #TTL}; a wrong password never matches a remembered entry.
 */
@ApplicationScoped
public class RecentLogins {

    static final Duration TTL = Duration.ofSeconds(60);
    private static final int MAX_ENTRIES = 10_000;

    private final byte[] key = new byte[32];
    private final Map<String, Entry> entries = new ConcurrentHashMap<>();

    private record Entry(byte[] passwordMac, Set<String> roles, Instant expires) {
    }

    public RecentLogins() {
        new SecureRandom().nextBytes(key);
    }

    public Optional<Set<String>> rolesOf(String username, char[] password) {
        Entry entry = entries.get(username);
        if (entry == null || entry.expires().isBefore(Instant.now())) {
            return Optional.empty();
        }
        return MessageDigest.isEqual(entry.passwordMac(), mac(password)) ? Optional.of(entry.roles()) : Optional.empty();
    }

    public void remember(String username, char[] password, Set<String> roles) {
        if (entries.size() >= MAX_ENTRIES) {
            Instant now = Instant.now();
            entries.values().removeIf(e -> e.expires().isBefore(now));
        }
        entries.put(username, new Entry(mac(password), Set.copyOf(roles), Instant.now().plus(TTL)));
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
