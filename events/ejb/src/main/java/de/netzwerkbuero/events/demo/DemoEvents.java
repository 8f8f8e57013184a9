package de.netzwerkbuero.events.demo;

import de.netzwerkbuero.events.api.AgendaItemInput;
import de.netzwerkbuero.events.api.Audience;
import de.netzwerkbuero.events.api.EventFormat;
import de.netzwerkbuero.events.api.EventInput;
import de.netzwerkbuero.events.api.EventType;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;

/** The demo events and the Werkstatt's agenda, dated from the office's today so that they lie ahead. */
final class DemoEvents {

    static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
    static final String WERKSTATT_TITLE = "Bündnis vor Ort: Werkstatt „Mobilität, Wohnen und Arbeiten“";

    private final LocalDate today;

    DemoEvents(LocalDate today) {
        this.today = today;
    }

    OffsetDateTime at(int daysAhead, int hour, int minute) {
        return today.plusDays(daysAhead).atTime(LocalTime.of(hour, minute)).atZone(ZONE).toOffsetDateTime();
    }

    EventInput networkMeeting() {
        return new EventInput(EventType.NETWORK_MEETING, EventFormat.ONLINE,
                "Netzwerktreffen online: Erfahrungen mit Leerstandsmanagement",
                "Kommunen berichten, wie sie leerstehende Gebäude erfassen, Eigentümer ansprechen und neue"
                        + " Nutzungen anbahnen. Offener Austausch, 90 Minuten.",
                at(10, 16, 0), at(10, 17, 30), null, "https://meet.example.org/netzwerktreffen", null, 60, 3,
                Audience.MEMBERS, null, null, null);
    }

    EventInput werkstatt(Long hostMemberId) {
        return new EventInput(EventType.WERKSTATT, EventFormat.ON_SITE, WERKSTATT_TITLE,
                "Bündnis vor Ort in Herzberg (Elster): Wie hängen Mobilität, Wohnen und Arbeiten in einer kleinen"
                        + " Stadt zusammen, und was kann ein leerstehendes Gebäude dazu beitragen? Mit Impulsen,"
                        + " einem Stadtspaziergang (Walk&Talk) und Werkstatt-Tischen.",
                at(24, 11, 0), at(24, 16, 30), "Bürgerzentrum, Herzberg (Elster)", null, hostMemberId, 40, 3,
                Audience.MEMBERS_AND_PROSPECTS, null, at(20, 18, 0), null);
    }

    List<AgendaItemInput> werkstattAgenda() {
        return List.of(
                item(11, 0, 11, 20, "Ankommen und Begrüßung", null),
                item(11, 20, 12, 15, "Impulse: Mobilität, Wohnen und Arbeiten in kleinen Städten", null),
                item(12, 15, 13, 0, "Mittagsimbiss", null),
                item(13, 0, 14, 30, "Walk&Talk: Stadtspaziergang zu leerstehenden Gebäuden",
                        "Treffpunkt vor dem Bürgerzentrum"),
                item(14, 30, 16, 0, "Werkstatt-Tische: Mobilität · Wohnen · Arbeiten", null),
                item(16, 0, 16, 30, "Ergebnisse und Verabredungen", null));
    }

    private AgendaItemInput item(int h1, int m1, int h2, int m2, String title, String location) {
        return new AgendaItemInput(at(24, h1, m1), at(24, h2, m2), title, null, location);
    }

    EventInput seminar() {
        return new EventInput(EventType.SEMINAR, EventFormat.ON_SITE,
                "Seminar: Zwischennutzung rechtssicher gestalten",
                "Nutzungsverträge, Haftung, Brandschutz und Versicherung bei Zwischennutzungen kommunaler"
                        + " Gebäude – mit Beispielen aus dem Netzwerk.",
                at(38, 10, 0), at(38, 16, 0), "Tagungshaus, Erfurt", null, null, 25, 2, Audience.MEMBERS,
                null, null, null);
    }

    EventInput inspirationTrip() {
        return new EventInput(EventType.INSPIRATION_TRIP, EventFormat.ON_SITE,
                "Inspirationsreise: Bahnhöfe und Gasthöfe mit neuem Leben",
                "Zwei Tage unterwegs zu umgenutzten Bahnhofsgebäuden und Gasthöfen; Gespräche mit den Menschen,"
                        + " die sie betreiben. Anreise in Eigenregie, Bus vor Ort.",
                at(52, 9, 0), at(53, 17, 0), "Treffpunkt: Bahnhof, Leipzig", null, null, 12, null,
                Audience.PUBLIC, null, null, null);
    }

    EventInput webinarDraft() {
        return new EventInput(EventType.WEBINAR, EventFormat.ONLINE, "Webinar: Fördermittel für Leerstandsprojekte",
                "Welche Programme passen zu welchem Vorhaben? Ein Überblick mit Zeit für Fragen.",
                at(66, 14, 0), at(66, 15, 30), null, "https://meet.example.org/webinar-foerdermittel", null, 100,
                null, Audience.PUBLIC, null, null, null);
    }

    /** Guests who fill the inspiration trip and its waiting list (addresses of the reserved example domain). */
    static final List<String[]> GUESTS = List.of(
            new String[]{"Anna", "Schulze", "Verein Alte Bahn e. V."},
            new String[]{"Jonas", "Weber", "Stadtverwaltung"},
            new String[]{"Miriam", "Krüger", "Landkreis"},
            new String[]{"Paul", "Hoffmann", "Genossenschaft Dorfladen"},
            new String[]{"Lea", "Wagner", "Büro für Stadtplanung"},
            new String[]{"Tobias", "Becker", "Gemeindeverwaltung"},
            new String[]{"Sabine", "Richter", "Heimatverein"},
            new String[]{"Murat", "Yilmaz", "Coworking Land"},
            new String[]{"Katrin", "Neumann", "Kulturverein"},
            new String[]{"Felix", "Schwarz", "Architekturbüro"},
            new String[]{"Ines", "Zimmermann", "Regionalmanagement"},
            new String[]{"Daniel", "Braun", "Stadtverwaltung"},
            new String[]{"Julia", "Hartmann", "Wohnungsbaugesellschaft"},
            new String[]{"Stefan", "Lange", "Gemeindeverwaltung"},
            new String[]{"Nadine", "Vogel", "Bürgerstiftung"},
            new String[]{"Marco", "Keller", "Landkreis"});
}
