package de.netzwerkbuero.events.infrastructure;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** An event's time as people in the office's zone read it, in German. */
public final class EventDates {

    private static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE, d. MMMM yyyy", Locale.GERMAN);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.GERMAN);
    private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("d. MMMM yyyy, HH:mm",
            Locale.GERMAN);

    private EventDates() {
    }

    public static String describe(OffsetDateTime startsAt, OffsetDateTime endsAt) {
        ZonedDateTime start = startsAt.atZoneSameInstant(ZONE);
        ZonedDateTime end = endsAt.atZoneSameInstant(ZONE);
        if (start.toLocalDate().equals(end.toLocalDate())) {
            return DAY.format(start) + ", " + TIME.format(start) + "–" + TIME.format(end) + " Uhr";
        }
        return DAY_TIME.format(start) + " Uhr bis " + DAY_TIME.format(end) + " Uhr";
    }
}
