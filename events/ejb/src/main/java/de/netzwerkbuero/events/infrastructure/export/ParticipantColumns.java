package de.netzwerkbuero.events.infrastructure.export;

import de.netzwerkbuero.events.api.RegistrationStatus;
import de.netzwerkbuero.events.api.RegistrationView;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

/** The columns of the participant lists (CSV and XLSX), in German like the office's other documents. */
final class ParticipantColumns {

    static final List<String> HEADERS = List.of("Nr.", "Nachname", "Vorname", "Organisation", "E-Mail", "Status",
            "Wartelistenplatz", "Angemeldet am", "Eingecheckt am");

    private static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
    private static final DateTimeFormatter INSTANT = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");
    private static final Map<RegistrationStatus, String> STATUS = Map.of(
            RegistrationStatus.CONFIRMED, "bestätigt",
            RegistrationStatus.WAITLISTED, "Warteliste",
            RegistrationStatus.CANCELLED, "storniert",
            RegistrationStatus.ATTENDED, "teilgenommen",
            RegistrationStatus.NO_SHOW, "nicht erschienen");

    private ParticipantColumns() {
    }

    static List<String> values(int number, RegistrationView r) {
        return List.of(String.valueOf(number), r.lastName(), r.firstName(), nullToEmpty(r.organisation()),
                nullToEmpty(r.email()), STATUS.get(r.status()),
                r.waitlistPosition() == null ? "" : String.valueOf(r.waitlistPosition()),
                instant(r.registeredAt()), instant(r.checkedInAt()));
    }

    static String status(RegistrationStatus status) {
        return STATUS.get(status);
    }

    static String instant(OffsetDateTime value) {
        return value == null ? "" : INSTANT.format(value.atZoneSameInstant(ZONE));
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
