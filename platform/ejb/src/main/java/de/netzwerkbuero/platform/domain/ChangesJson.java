package de.netzwerkbuero.platform.domain;

import de.netzwerkbuero.platform.api.audit.FieldChange;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;

import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.Map;

/** The audit entry's changed fields as JSON: {@code {"field": {"before": ..., "after": ...}}}. */
public final class ChangesJson {

    private ChangesJson() {
    }

    public static String write(Map<String, FieldChange> changes) {
        JsonObjectBuilder root = Json.createObjectBuilder();
        changes.forEach((field, change) -> {
            JsonObjectBuilder c = Json.createObjectBuilder();
            addNullable(c, "before", change.before());
            addNullable(c, "after", change.after());
            root.add(field, c);
        });
        return root.build().toString();
    }

    public static Map<String, FieldChange> read(String json) {
        Map<String, FieldChange> changes = new LinkedHashMap<>();
        JsonObject root = Json.createReader(new StringReader(json)).readObject();
        root.forEach((field, value) -> {
            JsonObject c = value.asJsonObject();
            changes.put(field, new FieldChange(text(c, "before"), text(c, "after")));
        });
        return changes;
    }

    private static void addNullable(JsonObjectBuilder builder, String name, String value) {
        if (value == null) {
            builder.addNull(name);
        } else {
            builder.add(name, value);
        }
    }

    private static String text(JsonObject object, String name) {
        JsonValue value = object.get(name);
        return value == null || value.getValueType() == JsonValue.ValueType.NULL ? null : object.getString(name);
    }
}
