package de.netzwerkbuero.events.infrastructure.calendar;

import de.netzwerkbuero.events.api.Audience;
import de.netzwerkbuero.events.api.EventFormat;
import de.netzwerkbuero.events.api.EventInput;
import de.netzwerkbuero.events.api.EventType;
import de.netzwerkbuero.events.domain.Event;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EventCalendarEntriesTest {

    private static final OffsetDateTime NOW = OffsetDateTime.of(2025, 5, 2, 9, 0, 0, 0, ZoneOffset.ofHours(2));
    private static final String LINK = "https://meet.example.org/geheim-4711";

    private static Event onlineEvent() throws ReflectiveOperationException {
        Event event = new Event(new EventInput(EventType.WERKSTATT, EventFormat.ONLINE, "Online-Werkstatt",
                "Austausch", NOW.plusDays(10), NOW.plusDays(10).plusHours(2), null, LINK, null, 20, null,
                Audience.MEMBERS, null, null, null), NOW);
        event.publish(NOW);
        var id = Event.class.getDeclaredField("id");
        id.setAccessible(true);
        id.set(event, 4711L);
        return event;
    }

    @Test
    void thePublicEntryCarriesNoOnlineLink() throws Exception {
        CalendarEntry entry = EventCalendarEntries.of(onlineEvent(), false);
        assertNull(entry.url());
        assertFalse(entry.description().contains(LINK), entry.description());
        assertEquals("Online", entry.location());
        assertFalse(IcsWriter.write(List.of(entry), null, Instant.parse("2025-05-02T07:00:00Z")).contains("geheim-4711"));
    }

    @Test
    void theEntryForAPlaceHolderCarriesIt() throws Exception {
        CalendarEntry entry = EventCalendarEntries.of(onlineEvent(), true);
        assertEquals(LINK, entry.url());
        assertTrue(entry.description().contains(LINK), entry.description());
    }
}
