package de.netzwerkbuero.events.boundary;

import de.netzwerkbuero.platform.api.clock.BusinessClock;

import java.time.OffsetDateTime;

/** Instants shown with the office's offset, whatever offset the database returned them in. */
final class OfficeTime {

    private OfficeTime() {
    }

    static OffsetDateTime of(OffsetDateTime value) {
        return value == null ? null : value.atZoneSameInstant(BusinessClock.OFFICE_ZONE).toOffsetDateTime();
    }
}
