package de.netzwerkbuero.events.boundary;

import de.netzwerkbuero.events.api.EventCalendar;
import de.netzwerkbuero.events.api.ExportFile;
import de.netzwerkbuero.events.domain.Event;
import de.netzwerkbuero.events.infrastructure.calendar.EventCalendarEntries;
import de.netzwerkbuero.events.infrastructure.calendar.IcsWriter;
import de.netzwerkbuero.events.infrastructure.persistence.EventRepository;
import de.netzwerkbuero.platform.api.clock.BusinessClock;
import de.netzwerkbuero.platform.api.error.NotFoundException;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.nio.charset.StandardCharsets;
import java.util.List;

/** The public calendar feed and one calendar file per event. */
@Stateless
@PermitAll
public class EventCalendarBean implements EventCalendar {

    static final int FEED_DAYS_BACK = 90;
    static final int FEED_LIMIT = 2000;
    private static final String FEED_NAME = "Netzwerkbüro – Veranstaltungen";

    @Inject
    private EventRepository events;

    @Inject
    private EventAccess access;

    @EJB
    private BusinessClock clock;

    @Override
    public ExportFile feed() {
        List<Event> published = events.forFeed(clock.nowInOffice().minusDays(FEED_DAYS_BACK), FEED_LIMIT);
        String ics = IcsWriter.write(published.stream().map(e -> EventCalendarEntries.of(e, false)).toList(), FEED_NAME,
                clock.now());
        return new ExportFile("veranstaltungen.ics", CONTENT_TYPE, ics.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public ExportFile event(long eventId) {
        Event event = access.existing(eventId);
        boolean office = access.isOffice();
        if (!event.wasPublished() && !office) {
            throw new NotFoundException(EventAccess.EVENT, eventId);
        }
        String ics = IcsWriter.write(List.of(EventCalendarEntries.of(event, office)), null, clock.now());
        return new ExportFile("veranstaltung-" + eventId + ".ics", CONTENT_TYPE, ics.getBytes(StandardCharsets.UTF_8));
    }
}
