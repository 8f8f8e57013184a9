package de.netzwerkbuero.events.api;

import jakarta.ejb.Local;

/**
 * iCalendar (RFC 5545) files in Europe/Berlin with a VTIMEZONE: a feed of the published events and one file
 * per event. A UID stays the same for an event's life; SEQUENCE grows with each change of time, place or
 * text; a cancelled event has STATUS:CANCELLED, so subscribed calendars drop it. The online link is in neither
 * public file (only the office's event file and the calendar files mailed to people holding a place carry it).
 */
@Local
public interface EventCalendar {

    String CONTENT_TYPE = "text/calendar; charset=UTF-8";

    /**
     * Public: every published event from 90 days ago on, including those whose registration closed, which are
     * completed, or which were cancelled after publication.
     */
    ExportFile feed();

    /** Public for every event but a draft; drafts only for the office. */
    ExportFile event(long eventId);
}
