package de.netzwerkbuero.funding.infrastructure;

import de.netzwerkbuero.platform.api.error.InvalidInputException;
import de.netzwerkbuero.platform.api.paging.PageRequest;

import java.util.Map;

/** Turns a page request's sort into a JPQL order-by over a whitelist of fields; unknown fields are refused. */
final class SortOrder {

    private SortOrder() {
    }

    static String orderBy(PageRequest page, String fallback, Map<String, String> paths, String tieBreaker) {
        String field = page.sortField(fallback);
        String path = paths.get(field);
        if (path == null) {
            throw InvalidInputException.of("sort", "unknownSortField", "cannot sort by " + field + "; use one of "
                    + String.join(", ", paths.keySet()));
        }
        String direction = page.descending() ? " desc" : " asc";
        return " order by " + path + direction + ", " + tieBreaker + direction;
    }
}
