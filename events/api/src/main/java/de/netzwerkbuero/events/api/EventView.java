package de.netzwerkbuero.events.api;

import java.io.Serializable;
import java.time.OffsetDateTime;

/**
 * An event as callers see it; the component names are the REST field names. Instants carry the office's
 * offset (Europe/Berlin). {@code confirmedCount} counts the places taken (confirmed, attended, no-show),
 * {@code waitlistCount} the people waiting. {@code perMemberQuota}, {@code hostMemberId}, {@code projectId}
 * and the registration window may be {@code null} (no limit, none, opens at publication, closes at the start).
 */
public record EventView(long id, EventType type, EventFormat format, String title, String description,
                        OffsetDateTime startsAt, OffsetDateTime endsAt, String venue, String onlineUrl,
                        Long hostMemberId, int capacity, Integer perMemberQuota, Audience audience,
                        OffsetDateTime registrationOpensAt, OffsetDateTime registrationClosesAt, Long projectId,
                        EventStatus status, int confirmedCount, int waitlistCount, long version)
        implements Serializable {

    public int freePlaces() {
        return Math.max(0, capacity - confirmedCount);
    }

    public boolean full() {
        return confirmedCount >= capacity;
    }
}
