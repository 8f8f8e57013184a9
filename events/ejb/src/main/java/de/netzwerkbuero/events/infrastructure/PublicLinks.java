package de.netzwerkbuero.events.infrastructure;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Addresses the module hands out: the personal cancel link and the calendar UIDs. The base URL is the
 * system property {@code netzwerk.base-url} (default {@code http://localhost:8080}).
 */
public final class PublicLinks {

    public static final String BASE_URL_PROPERTY = "netzwerk.base-url";
    static final String DEFAULT_BASE_URL = "http://localhost:8080";

    private PublicLinks() {
    }

    public static String baseUrl() {
        String configured = System.getProperty(BASE_URL_PROPERTY, DEFAULT_BASE_URL).trim();
        return configured.endsWith("/") ? configured.substring(0, configured.length() - 1) : configured;
    }

    public static String cancelLink(String token) {
        return baseUrl() + "/registrations/cancel?token=" + URLEncoder.encode(token, StandardCharsets.UTF_8);
    }

    /** A calendar UID that stays the same for the event's whole life, unique across installations. */
    public static String calendarUid(long eventId) {
        String host = URI.create(baseUrl()).getHost();
        return "event-" + eventId + "@" + (host == null ? "netzwerkbuero" : host);
    }
}
