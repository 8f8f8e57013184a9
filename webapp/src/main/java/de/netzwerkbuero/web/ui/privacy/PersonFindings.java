package de.netzwerkbuero.web.ui.privacy;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import java.io.StringReader;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Reads the person export into table rows: contacts, prospects, registrations and mails. */
record PersonFindings(List<PersonFinding> findings, int auditEntries, List<String> incomplete) {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    /**
     * @param exportJson the person export
     * @param words      turns a bundle key into the reader's words (statuses are shown as words, not codes)
     * @param locale     for the dates (TT.MM.JJJJ in German)
     */
    static PersonFindings of(String exportJson, Function<String, String> words, Locale locale) {
        DateTimeFormatter days = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
        JsonObject export;
        try (JsonReader reader = Json.createReader(new StringReader(exportJson))) {
            export = reader.readObject();
        }
        List<PersonFinding> rows = new ArrayList<>();
        for (JsonObject c : objects(export, "contacts")) {
            rows.add(new PersonFinding("contact", join(" ", text(c, "firstName"), text(c, "lastName")),
                    join(" – ", text(c, "memberName"), text(c, "function"))));
        }
        for (JsonObject p : objects(export, "prospects")) {
            rows.add(new PersonFinding("prospect", join(" – ", text(p, "organisation"), text(p, "contactName")),
                    status(words, "prospect", text(p, "status"))));
        }
        for (JsonObject r : objects(export, "registrations")) {
            rows.add(new PersonFinding("registration", text(r, "eventTitle"),
                    join(" – ", day(text(r, "eventStartsAt"), days), status(words, "registration", text(r, "status")))));
        }
        for (JsonObject m : objects(export, "mails")) {
            rows.add(new PersonFinding("mail", text(m, "subject"), join(" – ", day(text(m, "createdAt"), days),
                    status(words, "mail", text(m, "status")))));
        }
        List<String> incomplete = export.containsKey("incomplete")
                ? export.getJsonArray("incomplete").getValuesAs(JsonString.class).stream().map(JsonString::getString).toList()
                : List.of();
        return new PersonFindings(rows, objects(export, "audit").size(), incomplete);
    }

    private static List<JsonObject> objects(JsonObject export, String section) {
        JsonValue value = export.get(section);
        return value instanceof JsonArray array ? array.getValuesAs(JsonObject.class) : List.of();
    }

    private static String text(JsonObject object, String name) {
        JsonValue value = object.get(name);
        return value instanceof JsonString s ? s.getString() : null;
    }

    /** The day of an instant with offset, in the office's zone. */
    private static String day(String instant, DateTimeFormatter days) {
        if (instant == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(instant).atZoneSameInstant(BERLIN).format(days);
        } catch (DateTimeParseException e) {
            return instant;
        }
    }

    private static String status(Function<String, String> words, String kind, String status) {
        return status == null ? null : words.apply("privacy.status." + kind + "." + status);
    }

    private static String join(String separator, String... parts) {
        return Stream.of(parts).filter(Objects::nonNull).filter(s -> !s.isBlank()).collect(Collectors.joining(separator));
    }
}
