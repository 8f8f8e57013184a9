package de.netzwerkbuero.web.ui.events;

import de.netzwerkbuero.platform.api.clock.BusinessClock;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;

/** The office enters local times in Europe/Berlin; the facades take instants with the offset of that day. */
final class Berlin {

    private Berlin() {
    }

    static OffsetDateTime instant(LocalDateTime local) {
        return local == null ? null : local.atZone(BusinessClock.OFFICE_ZONE).toOffsetDateTime();
    }

    static LocalDateTime local(OffsetDateTime instant) {
        return instant == null ? null : instant.atZoneSameInstant(BusinessClock.OFFICE_ZONE).toLocalDateTime();
    }
}
