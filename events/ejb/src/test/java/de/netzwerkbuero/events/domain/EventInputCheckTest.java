package de.netzwerkbuero.events.domain;

import de.netzwerkbuero.events.api.Audience;
import de.netzwerkbuero.events.api.EventFormat;
import de.netzwerkbuero.events.api.EventInput;
import de.netzwerkbuero.events.api.EventType;
import de.netzwerkbuero.platform.api.error.InvalidInputException;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EventInputCheckTest {

    private static List<String> fields(EventInput input) {
        return assertThrows(InvalidInputException.class, () -> EventInputCheck.check(input).throwIfAny())
                .violations().stream().map(v -> v.field()).toList();
    }

    @Test
    void aValidEventPasses() {
        assertTrue(EventInputCheck.check(TestEvents.input(10, Audience.PUBLIC)).isEmpty());
    }

    @Test
    void onlineEventsNeedALinkAndOnSiteEventsAVenue() {
        EventInput online = new EventInput(EventType.WEBINAR, EventFormat.ONLINE, "Webinar", null, TestEvents.START,
                TestEvents.END, null, "ftp://example.org", null, 10, null, Audience.PUBLIC, null, null, null);
        assertEquals(List.of("onlineUrl"), fields(online));
        EventInput hybrid = new EventInput(EventType.WORKSHOP, EventFormat.HYBRID, "Workshop", null, TestEvents.START,
                TestEvents.END, " ", null, null, 10, null, Audience.PUBLIC, null, null, null);
        assertEquals(List.of("venue", "onlineUrl"), fields(hybrid));
    }

    @Test
    void timesCapacityAndWindowMustFit() {
        EventInput wrong = new EventInput(EventType.SEMINAR, EventFormat.ON_SITE, "", null, TestEvents.END,
                TestEvents.START, "Ort", null, null, 0, 0, null, TestEvents.END, TestEvents.START.minusDays(1), null);
        assertEquals(List.of("audience", "title", "capacity", "perMemberQuota", "endsAt", "registrationClosesAt",
                "registrationOpensAt"), fields(wrong));
    }
}
