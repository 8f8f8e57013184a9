package de.netzwerkbuero.events.infrastructure.calendar;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class IcsWriterTest {

    // 11:00 in Berlin in summer is 09:00 UTC: stored with any offset, it must come out as local Berlin time.
    private static final OffsetDateTime START = OffsetDateTime.of(2025, 6, 12, 9, 0, 0, 0, ZoneOffset.UTC);
    private static final OffsetDateTime END = START.plusHours(5).plusMinutes(30);
    private static final Instant STAMP = Instant.parse("2025-05-01T08:00:00Z");

    private static CalendarEntry entry(long id, boolean cancelled, int sequence) {
        return new CalendarEntry("event-" + id + "@netzwerkbuero.example", sequence, START, END,
                "Werkstatt: Mobilität, Wohnen und Arbeiten", "Mit Walk&Talk; Stadtspaziergang, danach Werkstatt-Tische",
                "Bürgerzentrum, Herzberg (Elster)", null, cancelled, START.minusDays(30), START.minusDays(2));
    }

    private static Calendar parse(String ics) throws Exception {
        return new CalendarBuilder().build(new StringReader(ics));
    }

    private static String value(VEvent event, String property) {
        return event.getProperty(property).map(Property::getValue).orElse(null);
    }

    @Test
    void eventCarriesBerlinTimeZoneUidAndStatus() throws Exception {
        String ics = IcsWriter.write(List.of(entry(42, false, 3)), null, STAMP);

        assertTrue(ics.contains("DTSTART;TZID=Europe/Berlin:20250612T110000"), ics);
        assertTrue(ics.contains("DTEND;TZID=Europe/Berlin:20250612T163000"), ics);
        assertTrue(ics.contains("\r\n"), "lines end with CRLF");

        Calendar calendar = parse(ics);
        assertTrue(calendar.getComponent("VTIMEZONE").isPresent());
        assertEquals("Europe/Berlin", calendar.getComponent("VTIMEZONE").orElseThrow().getProperty("TZID")
                .orElseThrow().getValue());
        VEvent event = (VEvent) calendar.getComponent("VEVENT").orElseThrow();
        assertEquals("Europe/Berlin", event.getStartDate().orElseThrow().getParameter("TZID").orElseThrow().getValue());
        ZonedDateTime start = (ZonedDateTime) event.getStartDate().orElseThrow().getDate();
        assertEquals(START.toInstant(), start.toInstant());
        assertEquals("event-42@netzwerkbuero.example", value(event, "UID"));
        assertEquals("3", value(event, "SEQUENCE"));
        assertEquals("CONFIRMED", value(event, "STATUS"));
        assertEquals("Bürgerzentrum, Herzberg (Elster)", value(event, "LOCATION"));
        assertEquals("Mit Walk&Talk; Stadtspaziergang, danach Werkstatt-Tische", value(event, "DESCRIPTION"));
        assertEquals(1, event.getProperties("DTSTAMP").size());
        assertEquals("PUBLISH", calendar.getProperty("METHOD").orElseThrow().getValue());
    }

    @Test
    void aCancelledEventSaysSo() throws Exception {
        VEvent event = (VEvent) parse(IcsWriter.write(List.of(entry(42, true, 4)), null, STAMP))
                .getComponent("VEVENT").orElseThrow();
        assertEquals("CANCELLED", value(event, "STATUS"));
        assertEquals("4", value(event, "SEQUENCE"));
        assertEquals("event-42@netzwerkbuero.example", value(event, "UID"));
    }

    @Test
    void aFeedHoldsEveryEventAndItsName() throws Exception {
        String ics = IcsWriter.write(List.of(entry(1, false, 0), entry(2, true, 1)), "Netzwerkbüro", STAMP);
        Calendar calendar = parse(ics);
        assertEquals(2, calendar.getComponents("VEVENT").size());
        assertEquals(1, calendar.getComponents("VTIMEZONE").size());
        assertTrue(ics.contains("X-WR-CALNAME:Netzwerkbüro"));
    }

    @Test
    void anEmptyFeedIsStillACalendar() throws Exception {
        Calendar calendar = parse(IcsWriter.write(List.of(), "Netzwerkbüro", STAMP));
        assertFalse(calendar.getComponent("VTIMEZONE").isEmpty());
        assertTrue(calendar.getComponents("VEVENT").isEmpty());
    }
}
