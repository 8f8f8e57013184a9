package de.netzwerkbuero.web.publicforms;

import de.netzwerkbuero.platform.api.error.TooManyRequestsException;
import de.netzwerkbuero.platform.api.throttle.RateLimiter;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

/**
 * Slows down abuse of the anonymous forms: at most {@code netzwerk.public-forms.per-ip} submissions (default 10)
 * per client address in {@code per-ip-minutes} (10), and {@code per-address} (3) per e-mail address and form in
 * {@code per-address-minutes} (60). Each limiter holds at most {@code max-keys} (10000) keys. Counted per server
 * node in memory; a restart starts afresh.
 */
@ApplicationScoped
public class PublicFormThrottle {

    static final String PREFIX = "netzwerk.public-forms.";

    private RateLimiter perClient;
    private RateLimiter perEmail;
    private Clock clock = Clock.systemUTC();

    public PublicFormThrottle() {
    }

    PublicFormThrottle(RateLimiter perClient, RateLimiter perEmail, Clock clock) {
        this.perClient = perClient;
        this.perEmail = perEmail;
        this.clock = clock;
    }

    @PostConstruct
    void configure() {
        int maxKeys = setting("max-keys", 10_000);
        perClient = new RateLimiter(setting("per-ip", 10), Duration.ofMinutes(setting("per-ip-minutes", 10)), maxKeys);
        perEmail = new RateLimiter(setting("per-address", 3),
                Duration.ofMinutes(setting("per-address-minutes", 60)), maxKeys);
    }

    /**
     * Takes one submission of {@code form} from {@code clientAddress} for {@code email} (may be blank: then only
     * the client is counted), or refuses it with a {@link TooManyRequestsException}.
     */
    public void admit(PublicForm form, String clientAddress, String email) {
        Instant now = clock.instant();
        String client = clientAddress == null ? "?" : clientAddress;
        if (!perClient.tryAcquire(client, now)) {
            throw refused(perClient.availableAt(client, now), now);
        }
        if (email != null && !email.isBlank()) {
            String key = form + "|" + email.trim().toLowerCase(Locale.ROOT);
            if (!perEmail.tryAcquire(key, now)) {
                throw refused(perEmail.availableAt(key, now), now);
            }
        }
    }

    private static TooManyRequestsException refused(Instant availableAt, Instant now) {
        long seconds = Duration.between(now, availableAt).toSeconds();
        return new TooManyRequestsException(Math.max(1, seconds + 1));
    }

    private static int setting(String name, int fallback) {
        String value = System.getProperty(PREFIX + name);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            int parsed = Integer.parseInt(value.trim());
            return parsed > 0 ? parsed : fallback;
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
