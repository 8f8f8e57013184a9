package de.netzwerkbuero.events.infrastructure.calendar;

import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.Created;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.LastModified;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import net.fortuna.ical4j.validate.ValidationException;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/**
 * Writes events as an RFC 5545 calendar in Europe/Berlin: the VTIMEZONE is included, times carry
 * TZID=Europe/Berlin so that clients keep the local time across daylight-saving changes.
 */
public final class IcsWriter {

    public static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
    private static final String PRODUCT = "-//Netzwerkbuero//Veranstaltungen//DE";

    private static volatile VTimeZone berlin;

    private IcsWriter() {
    }

    /** A calendar of the entries; {@code name} (may be {@code null}) is shown by clients that subscribe. */
    public static String write(List<CalendarEntry> entries, String name, Instant stamp) {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId(PRODUCT));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(ImmutableMethod.PUBLISH);
        if (name != null) {
            calendar.add(new XProperty("X-WR-CALNAME", name));
            calendar.add(new XProperty("X-WR-TIMEZONE", ZONE.getId()));
        }
        calendar.add(berlin());
        entries.forEach(entry -> calendar.add(event(entry, stamp)));
        StringWriter out = new StringWriter();
        try {
            new CalendarOutputter(!entries.isEmpty()).output(calendar, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ValidationException e) {
            throw new IllegalStateException("Invalid calendar: " + e.getMessage(), e);
        }
        return out.toString();
    }

    private static VEvent event(CalendarEntry entry, Instant stamp) {
        VEvent event = new VEvent(entry.startsAt().atZoneSameInstant(ZONE), entry.endsAt().atZoneSameInstant(ZONE),
                entry.summary());
        event.replace(new DtStamp(stamp));
        event.add(new Uid(entry.uid()));
        event.add(new Sequence(entry.sequence()));
        event.add(entry.cancelled() ? ImmutableStatus.VEVENT_CANCELLED : ImmutableStatus.VEVENT_CONFIRMED);
        if (entry.description() != null && !entry.description().isBlank()) {
            event.add(new Description(entry.description()));
        }
        if (entry.location() != null && !entry.location().isBlank()) {
            event.add(new Location(entry.location()));
        }
        if (entry.url() != null) {
            event.add(new Url(URI.create(entry.url())));
        }
        if (entry.created() != null) {
            event.add(new Created(entry.created().toInstant()));
        }
        if (entry.lastModified() != null) {
            event.add(new LastModified(entry.lastModified().toInstant()));
        }
        return event;
    }

    private static VTimeZone berlin() {
        VTimeZone zone = berlin;
        if (zone == null) {
            // ical4j's bundled definition; built once, as reading it parses a resource.
            zone = TimeZoneRegistryFactory.getInstance().createRegistry().getTimeZone(ZONE.getId()).getVTimeZone();
            berlin = zone;
        }
        return zone;
    }
}
