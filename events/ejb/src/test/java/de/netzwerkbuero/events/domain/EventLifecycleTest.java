package de.netzwerkbuero.events.domain;

import de.netzwerkbuero.events.api.Audience;
import de.netzwerkbuero.events.api.EventInput;
import de.netzwerkbuero.events.api.EventStatus;
import de.netzwerkbuero.platform.api.audit.AuditRecord;
import de.netzwerkbuero.platform.api.error.RuleViolationException;
import org.junit.jupiter.api.Test;

import static de.netzwerkbuero.events.domain.TestEvents.NOW;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EventLifecycleTest {

    private static Event draft() {
        return new Event(TestEvents.input(10, Audience.PUBLIC), NOW);
    }

    @Test
    void followsTheDesignedPath() {
        Event event = draft();
        assertEquals(EventStatus.DRAFT, event.getStatus());
        event.publish(NOW);
        assertEquals(EventStatus.PUBLISHED, event.getStatus());
        event.closeRegistration(NOW);
        assertEquals(EventStatus.REGISTRATION_CLOSED, event.getStatus());
        event.complete(TestEvents.START.plusHours(1));
        assertEquals(EventStatus.COMPLETED, event.getStatus());
    }

    @Test
    void transitionTable() {
        assertTrue(EventLifecycle.allows(EventStatus.DRAFT, EventStatus.PUBLISHED));
        assertTrue(EventLifecycle.allows(EventStatus.PUBLISHED, EventStatus.COMPLETED));
        assertTrue(EventLifecycle.allows(EventStatus.REGISTRATION_CLOSED, EventStatus.CANCELLED));
        assertFalse(EventLifecycle.allows(EventStatus.DRAFT, EventStatus.REGISTRATION_CLOSED));
        assertFalse(EventLifecycle.allows(EventStatus.DRAFT, EventStatus.COMPLETED));
        assertFalse(EventLifecycle.allows(EventStatus.COMPLETED, EventStatus.CANCELLED));
        assertFalse(EventLifecycle.allows(EventStatus.CANCELLED, EventStatus.PUBLISHED));
        assertFalse(EventLifecycle.allows(EventStatus.REGISTRATION_CLOSED, EventStatus.PUBLISHED));
    }

    @Test
    void aStartedEventCannotBePublished() {
        Event event = draft();
        RuleViolationException refused = assertThrows(RuleViolationException.class,
                () -> event.publish(TestEvents.START.plusMinutes(1)));
        assertEquals("events.event.startsInPast", refused.key());
    }

    @Test
    void anEventIsCompletedOnlyOnceItStarted() {
        Event event = TestEvents.published(10);
        assertEquals("events.event.notStarted",
                assertThrows(RuleViolationException.class, () -> event.complete(NOW)).key());
    }

    @Test
    void aCompletedEventCannotBeCancelledOrChanged() {
        Event event = TestEvents.published(10);
        event.complete(TestEvents.START);
        assertEquals("events.event.transitionNotAllowed",
                assertThrows(RuleViolationException.class, () -> event.cancel("zu spät", NOW)).key());
        assertEquals("events.event.notEditable", assertThrows(RuleViolationException.class,
                () -> event.update(TestEvents.input(12, Audience.PUBLIC), AuditRecord.of("u", "Event", 1), NOW)).key());
    }

    @Test
    void cancellingBumpsTheCalendarSequence() {
        Event event = TestEvents.published(10);
        int before = event.getCalendarSequence();
        event.cancel("Krankheit", NOW);
        assertEquals(EventStatus.CANCELLED, event.getStatus());
        assertEquals(before + 1, event.getCalendarSequence());
        assertTrue(event.wasPublished());
    }

    @Test
    void aChangeOfTimeIsAnnouncedAndRecorded() {
        Event event = TestEvents.published(10);
        EventInput in = TestEvents.input(10, Audience.PUBLIC);
        EventInput later = new EventInput(in.type(), in.format(), in.title(), in.description(),
                in.startsAt().plusHours(1), in.endsAt().plusHours(1), in.venue(), in.onlineUrl(), in.hostMemberId(),
                in.capacity(), in.perMemberQuota(), in.audience(), null, null, null);
        AuditRecord audit = AuditRecord.of("event.updated", "Event", 1);
        assertTrue(event.update(later, audit, NOW));
        assertEquals(1, event.getCalendarSequence());
        assertTrue(audit.changes().containsKey("startsAt"));
        assertFalse(audit.changes().containsKey("title"));
    }

    @Test
    void aChangeOfCapacityAloneIsNoNewsForRegistrants() {
        Event event = TestEvents.published(10);
        assertFalse(event.update(TestEvents.input(20, Audience.PUBLIC), AuditRecord.of("u", "Event", 1), NOW));
        assertEquals(0, event.getCalendarSequence());
    }

    @Test
    void registrationsOnlyWhilePublished() {
        Event draft = draft();
        assertEquals("events.registration.eventNotOpen", assertThrows(RuleViolationException.class,
                () -> draft.requireTakesRegistrations(NOW, true)).key());
        Event closed = TestEvents.published(10);
        closed.closeRegistration(NOW);
        assertEquals("events.registration.eventNotOpen", assertThrows(RuleViolationException.class,
                () -> closed.requireTakesRegistrations(NOW, false)).key());
        Event cancelled = TestEvents.published(10);
        cancelled.cancel(null, NOW);
        assertEquals("events.registration.eventNotOpen", assertThrows(RuleViolationException.class,
                () -> cancelled.requireTakesRegistrations(NOW, false)).key());
    }

    @Test
    void attendanceIsRecordedFromTheEventsDayOn() {
        Event event = TestEvents.published(10);
        assertEquals("events.registration.checkInTooEarly", assertThrows(RuleViolationException.class,
                () -> event.requireAttendanceRecordable(TestEvents.START.minusDays(1))).key());
        event.requireAttendanceRecordable(TestEvents.START.withHour(8));
    }
}
