package de.netzwerkbuero.it.security;

import de.netzwerkbuero.it.support.Api;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** The operations of the served OpenAPI document ({@code GET /openapi?format=JSON}), with parameters and body schema. */
final class OpenApiOperations {

    private static final Set<String> METHODS = Set.of("get", "post", "put", "delete", "patch");

    /** A parameter: its name, where it goes (path, query, header) and its schema type/format ("integer/int64"). */
    record Parameter(String name, String in, String type) {
    }

    /**
     * One operation. {@code bodyTypes} are the media types of its request body (empty: none); {@code bodyFields}
     * the properties of its JSON body schema with their types ("string/date", "integer/int32", "array", ...).
     */
    record Operation(String method, String path, List<Parameter> parameters, List<String> bodyTypes,
                     Map<String, String> bodyFields) {

        String key() {
            return method + " " + path;
        }

        List<Parameter> in(String where) {
            return parameters.stream().filter(p -> where.equals(p.in())).toList();
        }

        boolean takesJson() {
            return bodyTypes.stream().anyMatch(t -> t.contains("json"));
        }
    }

    private OpenApiOperations() {
    }

    static JsonObject document() {
        HttpResponse<String> response = Api.anonymous().send("GET", "/openapi?format=JSON", null, null,
                Map.of("Accept", "application/json"));
        if (response.statusCode() != 200) {
            throw new IllegalStateException("GET /openapi answered " + response.statusCode());
        }
        return Api.json(response);
    }

    /** Every operation under {@code /api/}, in the document's order. */
    static List<Operation> read() {
        JsonObject document = document();
        JsonObject schemas = document.containsKey("components")
                && document.getJsonObject("components").containsKey("schemas")
                ? document.getJsonObject("components").getJsonObject("schemas") : JsonValue.EMPTY_JSON_OBJECT;
        List<Operation> operations = new ArrayList<>();
        document.getJsonObject("paths").forEach((path, item) -> {
            if (!path.startsWith("/api/")) {
                return;
            }
            JsonObject pathItem = item.asJsonObject();
            List<Parameter> shared = parameters(pathItem);
            pathItem.forEach((method, value) -> {
                if (!METHODS.contains(method)) {
                    return;
                }
                JsonObject operation = value.asJsonObject();
                List<Parameter> parameters = new ArrayList<>(shared);
                parameters.addAll(parameters(operation));
                List<String> bodyTypes = new ArrayList<>();
                Map<String, String> fields = new LinkedHashMap<>();
                if (operation.containsKey("requestBody")) {
                    JsonObject content = operation.getJsonObject("requestBody").getJsonObject("content");
                    if (content != null) {
                        content.forEach((type, media) -> {
                            bodyTypes.add(type);
                            JsonObject schema = media.asJsonObject().getJsonObject("schema");
                            if (type.contains("json") && schema != null) {
                                fields.putAll(properties(resolve(schema, schemas), schemas));
                            }
                        });
                    }
                }
                operations.add(new Operation(method.toUpperCase(Locale.ROOT), path, List.copyOf(parameters),
                        List.copyOf(bodyTypes), fields));
            });
        });
        return operations;
    }

    private static List<Parameter> parameters(JsonObject holder) {
        List<Parameter> parameters = new ArrayList<>();
        JsonArray array = holder.getJsonArray("parameters");
        if (array != null) {
            for (JsonValue value : array) {
                JsonObject p = value.asJsonObject();
                parameters.add(new Parameter(p.getString("name"), p.getString("in", "query"),
                        type(p.containsKey("schema") ? p.getJsonObject("schema") : JsonValue.EMPTY_JSON_OBJECT)));
            }
        }
        return parameters;
    }

    private static Map<String, String> properties(JsonObject schema, JsonObject schemas) {
        Map<String, String> fields = new LinkedHashMap<>();
        JsonObject properties = schema.getJsonObject("properties");
        if (properties != null) {
            properties.forEach((name, property) -> fields.put(name, type(resolve(property.asJsonObject(), schemas))));
        }
        return fields;
    }

    private static JsonObject resolve(JsonObject schema, JsonObject schemas) {
        JsonObject current = schema;
        for (int i = 0; i < 5 && current.containsKey("$ref"); i++) {
            String ref = current.getString("$ref");
            JsonObject target = schemas.getJsonObject(ref.substring(ref.lastIndexOf('/') + 1));
            if (target == null) {
                return JsonValue.EMPTY_JSON_OBJECT;
            }
            current = target;
        }
        if (current.containsKey("allOf") && !current.getJsonArray("allOf").isEmpty()) {
            return resolve(current.getJsonArray("allOf").getJsonObject(0), schemas);
        }
        return current;
    }

    private static String type(JsonObject schema) {
        if (schema.containsKey("enum")) {
            return "enum";
        }
        String type = "object";
        if (schema.containsKey("type") && schema.get("type").getValueType() == JsonValue.ValueType.STRING) {
            type = schema.getString("type");
        } else if (schema.containsKey("type") && schema.get("type").getValueType() == JsonValue.ValueType.ARRAY) {
            // OpenAPI 3.1 writes nullable types as ["string", "null"]
            type = schema.getJsonArray("type").getValuesAs(jakarta.json.JsonString.class).stream()
                    .map(jakarta.json.JsonString::getString).filter(t -> !"null".equals(t)).findFirst().orElse("object");
        }
        return schema.containsKey("format") ? type + "/" + schema.getString("format") : type;
    }
}
