package de.netzwerkbuero.events.api;

import java.io.Serializable;
import java.time.OffsetDateTime;

/**
 * What the office enters to create or change an event. Optional: {@code description}, {@code venue} (unless
 * on site), {@code onlineUrl} (unless online), {@code hostMemberId}, {@code perMemberQuota}, the registration
 * window and {@code projectId}.
 */
public record EventInput(EventType type, EventFormat format, String title, String description,
                         OffsetDateTime startsAt, OffsetDateTime endsAt, String venue, String onlineUrl,
                         Long hostMemberId, Integer capacity, Integer perMemberQuota, Audience audience,
                         OffsetDateTime registrationOpensAt, OffsetDateTime registrationClosesAt, Long projectId)
        implements Serializable {
}
