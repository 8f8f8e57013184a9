package de.netzwerkbuero.web.rest;

import de.netzwerkbuero.platform.api.error.Violations;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;

/**
 * Query parameters checked into values. A malformed value is collected as a violation on the parameter's
 * name, so the caller gets one 400 naming every bad parameter (JAX-RS's own conversion would answer 404).
 */
public final class QueryValues {

    private QueryValues() {
    }

    public static String text(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    public static LocalDate date(String value, String field, Violations violations) {
        if (text(value) == null) {
            return null;
        }
        LocalDate date;
        try {
            date = LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            date = null;
        }
        // ISO 8601's four-digit years only: beyond them the database fails instead of answering
        if (date == null || date.getYear() < 1 || date.getYear() > 9999) {
            violations.add(field, "date", "must be a date YYYY-MM-DD");
            return null;
        }
        return date;
    }

    public static Boolean bool(String value, String field, Violations violations) {
        if (text(value) == null) {
            return null;
        }
        return switch (value.trim().toLowerCase(Locale.ROOT)) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> {
                violations.add(field, "boolean", "must be true or false");
                yield null;
            }
        };
    }

    public static Long id(String value, String field, Violations violations) {
        if (text(value) == null) {
            return null;
        }
        try {
            return Long.valueOf(value.trim());
        } catch (NumberFormatException e) {
            violations.add(field, "id", "must be a whole number");
            return null;
        }
    }

    public static <E extends Enum<E>> E constant(Class<E> type, String value, String field, Violations violations) {
        if (text(value) == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            violations.add(field, "oneOf", "must be one of "
                    + String.join(", ", Arrays.stream(type.getEnumConstants()).map(Enum::name).toList()));
            return null;
        }
    }
}
