package de.netzwerkbuero.events.infrastructure.persistence;

import jakarta.persistence.Query;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The conditions of a list query and their parameters, put together from optional filters. */
final class QueryParts {

    private final List<String> conditions = new ArrayList<>();
    private final Map<String, Object> parameters = new LinkedHashMap<>();

    QueryParts add(String condition) {
        conditions.add(condition);
        return this;
    }

    QueryParts add(String condition, String parameter, Object value) {
        conditions.add(condition);
        parameters.put(parameter, value);
        return this;
    }

    String where() {
        return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    }

    void bind(Query query) {
        parameters.forEach(query::setParameter);
    }

    /** A LIKE pattern finding the text anywhere, with the user's % and _ taken literally. */
    static String containsPattern(String text) {
        String escaped = text.trim().toLowerCase(Locale.ROOT)
                .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%" + escaped + "%";
    }
}
