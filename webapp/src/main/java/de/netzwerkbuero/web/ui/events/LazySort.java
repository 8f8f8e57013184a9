package de.netzwerkbuero.web.ui.events;

import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

import java.util.Map;

/** A lazy table's sort state as the facades' {@code field[,desc]}. */
final class LazySort {

    private LazySort() {
    }

    static String of(Map<String, SortMeta> sort, String fallback) {
        return sort == null ? fallback : sort.values().stream()
                .filter(s -> s.getOrder() != SortOrder.UNSORTED)
                .findFirst()
                .map(s -> s.getField() + (s.getOrder() == SortOrder.DESCENDING ? ",desc" : ""))
                .orElse(fallback);
    }
}
