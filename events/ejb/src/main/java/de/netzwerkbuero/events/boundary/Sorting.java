package de.netzwerkbuero.events.boundary;

import de.netzwerkbuero.platform.api.error.InvalidInputException;
import de.netzwerkbuero.platform.api.paging.PageRequest;

import java.util.Map;
import java.util.TreeSet;

/** Turns a page request's sort field into a query path, refusing fields the list does not offer. */
final class Sorting {

    private Sorting() {
    }

    static String path(PageRequest page, Map<String, String> fields, String fallback) {
        String field = page.sortField(fallback);
        String path = fields.get(field);
        if (path == null) {
            throw InvalidInputException.of("sort", "unknownSortField",
                    "must be one of " + new TreeSet<>(fields.keySet()));
        }
        return path;
    }
}
