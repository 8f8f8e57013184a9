package de.netzwerkbuero.events.infrastructure.calendar;

import de.netzwerkbuero.events.api.EventStatus;
import de.netzwerkbuero.events.domain.Event;
import de.netzwerkbuero.events.infrastructure.PublicLinks;

/**
 * How an event appears in a calendar. The online link is only written for people who hold a place (their mails)
 * and the office; the public feed and the public event file never carry it, whatever the event's audience.
 */
public final class EventCalendarEntries {

    private EventCalendarEntries() {
    }

    public static CalendarEntry of(Event event, boolean withOnlineLink) {
        return new CalendarEntry(PublicLinks.calendarUid(event.getId()), event.getCalendarSequence(),
                event.getStartsAt(), event.getEndsAt(), event.getTitle(), description(event, withOnlineLink),
                location(event), withOnlineLink ? event.getOnlineUrl() : null,
                event.getStatus() == EventStatus.CANCELLED, event.getCreatedAt(), event.getUpdatedAt());
    }

    private static String description(Event event, boolean withOnlineLink) {
        StringBuilder text = new StringBuilder(event.getDescription() == null ? "" : event.getDescription());
        if (event.getOnlineUrl() != null && withOnlineLink) {
            text.append(text.length() > 0 ? "\n\n" : "").append("Online: ").append(event.getOnlineUrl());
        }
        if (event.getStatus() == EventStatus.CANCELLED && event.getCancelReason() != null) {
            text.insert(0, "ABGESAGT: " + event.getCancelReason() + "\n\n");
        }
        return text.toString();
    }

    private static String location(Event event) {
        if (event.getVenue() != null && !event.getVenue().isBlank()) {
            return event.getVenue();
        }
        return event.getOnlineUrl() != null ? "Online" : null;
    }
}
