package de.netzwerkbuero.web.ui.privacy;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Reads the person export into table rows: contacts, prospects, registrations and mails. */
record PersonFindings(List<PersonFinding> findings, int auditEntries, List<String> incomplete) {

    static PersonFindings of(String exportJson) {
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
                    text(p, "status")));
        }
        for (JsonObject r : objects(export, "registrations")) {
            rows.add(new PersonFinding("registration", text(r, "eventTitle"),
                    join(" – ", day(text(r, "eventStartsAt")), text(r, "status"))));
        }
        for (JsonObject m : objects(export, "mails")) {
            rows.add(new PersonFinding("mail", text(m, "subject"), join(" – ", day(text(m, "createdAt")), text(m, "status"))));
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

    private static String day(String instant) {
        return instant == null || instant.length() < 10 ? instant : instant.substring(0, 10);
    }

    private static String join(String separator, String... parts) {
        return Stream.of(parts).filter(Objects::nonNull).filter(s -> !s.isBlank()).collect(Collectors.joining(separator));
    }
}
