package de.netzwerkbuero.web.ui.events;

import de.netzwerkbuero.events.api.Audience;
import de.netzwerkbuero.events.api.EventFormat;
import de.netzwerkbuero.events.api.EventStatus;
import de.netzwerkbuero.events.api.EventType;
import de.netzwerkbuero.events.api.EventView;
import de.netzwerkbuero.events.api.RegistrationStatus;
import de.netzwerkbuero.platform.api.clock.BusinessClock;
import de.netzwerkbuero.web.ui.LocaleBean;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/** What every events page needs: the choices of the enum fields and dates written in the user's language. */
@Named
@RequestScoped
public class EventsUi {

    @Inject
    private LocaleBean localeBean;

    public List<EventType> getTypes() {
        return List.of(EventType.values());
    }

    public List<EventFormat> getFormats() {
        return List.of(EventFormat.values());
    }

    public List<Audience> getAudiences() {
        return List.of(Audience.values());
    }

    public List<EventStatus> getEventStatuses() {
        return List.of(EventStatus.values());
    }

    public List<RegistrationStatus> getRegistrationStatuses() {
        return List.of(RegistrationStatus.values());
    }

    /** E.g. "Di., 12.05.2026, 11:00–16:30" (German) or "Tue, 12 May 2026, 11:00–16:30" (English). */
    public String range(OffsetDateTime start, OffsetDateTime end) {
        if (start == null) {
            return "";
        }
        LocalDateTime s = Berlin.local(start);
        String text = s.format(DateTimeFormatter.ofPattern(german() ? "EEE, dd.MM.yyyy, HH:mm" : "EEE, d MMM yyyy, HH:mm",
                locale()));
        if (end == null) {
            return text;
        }
        LocalDateTime e = Berlin.local(end);
        return text + "–" + (e.toLocalDate().equals(s.toLocalDate())
                ? e.format(DateTimeFormatter.ofPattern("HH:mm", locale()))
                : e.format(DateTimeFormatter.ofPattern(german() ? "dd.MM.yyyy, HH:mm" : "d MMM yyyy, HH:mm", locale())));
    }

    public String time(OffsetDateTime at) {
        return at == null ? "" : Berlin.local(at).format(DateTimeFormatter.ofPattern("HH:mm", locale()));
    }

    public String dateTime(OffsetDateTime at) {
        return at == null ? "" : Berlin.local(at).format(DateTimeFormatter.ofPattern(
                german() ? "dd.MM.yyyy HH:mm" : "d MMM yyyy HH:mm", locale()));
    }

    /** Places taken as a percentage of the capacity, for the fill-level bars. */
    public int fillPercent(EventView event) {
        return event.capacity() <= 0 ? 0 : Math.min(100, Math.round(100f * event.confirmedCount() / event.capacity()));
    }

    public String zone() {
        return BusinessClock.OFFICE_ZONE.getId();
    }

    private boolean german() {
        return Locale.GERMAN.getLanguage().equals(locale().getLanguage());
    }

    private Locale locale() {
        return localeBean.getLocale();
    }
}
