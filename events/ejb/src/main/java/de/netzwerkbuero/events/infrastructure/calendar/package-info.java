/** iCalendar (RFC 5545) files of events, written with ical4j; used by the boundary and the mails. */
package de.netzwerkbuero.events.infrastructure.calendar;
