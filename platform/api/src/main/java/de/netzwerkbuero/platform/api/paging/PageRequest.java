package de.netzwerkbuero.platform.api.paging;

import java.io.Serializable;

/**
 * Which page of a list: zero-based {@code page}, {@code size} rows, and {@code sort} as
 * {@code field} or {@code field,desc}. Each list's facade names the fields it can sort by.
 */
public record PageRequest(int page, int size, String sort) implements Serializable {

    public static final int MAX_SIZE = 500;

    public PageRequest {
        if (page < 0) {
            throw new IllegalArgumentException("page must be >= 0");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new IllegalArgumentException("size must be between 1 and " + MAX_SIZE);
        }
    }

    public static PageRequest first(int size) {
        return new PageRequest(0, size, null);
    }

    public int offset() {
        return page * size;
    }

    /** The field named by {@code sort}, or the fallback when none is given. */
    public String sortField(String fallback) {
        if (sort == null || sort.isBlank()) {
            return fallback;
        }
        return sort.split(",", 2)[0].trim();
    }

    public boolean descending() {
        return sort != null && sort.toLowerCase(java.util.Locale.ROOT).endsWith(",desc");
    }
}
