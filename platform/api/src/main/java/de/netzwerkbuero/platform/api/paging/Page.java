package de.netzwerkbuero.platform.api.paging;

import java.io.Serializable;
import java.util.List;
import java.util.function.Function;

/** One page of a list with the total count, as the REST API answers it: {@code {items, total, page, size}}. */
public record Page<T>(List<T> items, long total, int page, int size) implements Serializable {

    public Page {
        items = List.copyOf(items);
    }

    public <R> Page<R> map(Function<? super T, ? extends R> mapper) {
        return new Page<>(items.stream().<R>map(mapper).toList(), total, page, size);
    }
}
