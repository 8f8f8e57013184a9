package de.netzwerkbuero.it.events;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Reads an iCalendar text (RFC 5545) strictly enough for the tests: CRLF lines, unfolding, properly nested
 * BEGIN/END with VCALENDAR at the root, VERSION 2.0, PRODID, a VTIMEZONE for Europe/Berlin. Answers the
 * VEVENTs as maps of "NAME;PARAMS" to value.
 */
final class ICalendar {

    private ICalendar() {
    }

    static List<Map<String, String>> parse(String text) {
        assertTrue(text.contains("\r\n"), "lines end with CRLF");
        String[] lines = text.replace("\r\n ", "").replace("\r\n\t", "").split("\r\n");
        Deque<String> open = new ArrayDeque<>();
        List<Map<String, String>> events = new ArrayList<>();
        Map<String, String> calendar = new LinkedHashMap<>();
        Map<String, String> current = null;
        boolean berlin = false;
        for (String line : lines) {
            if (line.isEmpty()) {
                continue;
            }
            int colon = line.indexOf(':');
            assertTrue(colon > 0, "a content line has a name and a value: " + line);
            String name = line.substring(0, colon);
            String value = line.substring(colon + 1);
            if ("BEGIN".equals(name)) {
                assertTrue(!open.isEmpty() || "VCALENDAR".equals(value), "VCALENDAR is the root");
                open.push(value);
                if ("VEVENT".equals(value)) {
                    current = new LinkedHashMap<>();
                }
            } else if ("END".equals(name)) {
                assertEquals(open.pop(), value, "BEGIN and END are nested");
                if ("VEVENT".equals(value)) {
                    events.add(current);
                    current = null;
                }
            } else if (current != null) {
                current.put(name, value);
            } else if ("VCALENDAR".equals(open.peek())) {
                calendar.put(name, value);
            } else if ("VTIMEZONE".equals(open.peek()) && "TZID".equals(name) && "Europe/Berlin".equals(value)) {
                berlin = true;
            }
        }
        assertTrue(open.isEmpty(), "every component is closed");
        assertEquals("2.0", calendar.get("VERSION"));
        assertTrue(calendar.containsKey("PRODID"));
        assertTrue(berlin, "a VTIMEZONE with TZID:Europe/Berlin");
        return events;
    }
}
