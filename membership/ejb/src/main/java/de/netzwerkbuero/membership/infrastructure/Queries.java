package de.netzwerkbuero.membership.infrastructure;

import de.netzwerkbuero.platform.api.error.InvalidInputException;
import de.netzwerkbuero.platform.api.paging.PageRequest;

import java.util.Locale;
import java.util.Map;

/** Helpers for the list queries: LIKE patterns and the mapping of sort fields to JPQL paths. */
final class Queries {

    private Queries() {
    }

    /** {@code %text%} in lower case, with LIKE's wildcards escaped (use {@code ESCAPE '\'}). */
    static String contains(String text) {
        return "%" + escape(text.trim().toLowerCase(Locale.GERMAN)) + "%";
    }

    static String startsWith(String text) {
        return escape(text.trim().toLowerCase(Locale.GERMAN)) + "%";
    }

    private static String escape(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    /** The ORDER BY clause for a page; an unknown sort field is a violation on {@code sort}. */
    static String orderBy(PageRequest page, Map<String, String> fields, String fallback, String idPath) {
        String field = page.sortField(fallback);
        String path = fields.get(field);
        if (path == null) {
            throw InvalidInputException.of("sort", "sortField",
                    "cannot sort by " + field + "; possible: " + String.join(", ", fields.keySet()));
        }
        String direction = page.descending() ? " DESC" : " ASC";
        return " ORDER BY " + path + direction + ", " + idPath + direction;
    }
}
