package de.netzwerkbuero.funding.infrastructure;

import jakarta.persistence.Query;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/** A JPQL where clause built from optional filters, with its parameters, for a page and its count. */
final class QueryFilter {

    private final StringBuilder where = new StringBuilder(" where 1 = 1");
    private final Map<String, Object> parameters = new LinkedHashMap<>();

    QueryFilter add(Object value, String condition, String parameter) {
        if (value != null) {
            where.append(" and ").append(condition);
            parameters.put(parameter, value);
        }
        return this;
    }

    QueryFilter addIf(boolean apply, String condition) {
        if (apply) {
            where.append(" and ").append(condition);
        }
        return this;
    }

    QueryFilter parameter(String name, Object value) {
        parameters.put(name, value);
        return this;
    }

    String where() {
        return where.toString();
    }

    <Q extends Query> Q bind(Q query) {
        parameters.forEach((name, value) -> {
            if (Pattern.compile(":" + name + "\\b").matcher(where).find()) {
                query.setParameter(name, value);
            }
        });
        return query;
    }
}
