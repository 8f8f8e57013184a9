package de.netzwerkbuero.web.rest;

import de.netzwerkbuero.platform.api.error.InvalidInputException;
import de.netzwerkbuero.platform.api.error.Violations;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;

import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;

/**
 * What JSON binding lets through but no field may hold, checked on every JSON body read into a record:
 * <ul>
 *   <li>the body must be an object (or {@code null}): JSON-B would read {@code [{...}]} as its first element;</li>
 *   <li>no text may contain control characters other than tab and line breaks (PostgreSQL refuses a NUL byte,
 *   and none belongs in a name or a note);</li>
 *   <li>dates and instants must lie in the years 0001 to 9999 (ISO 8601's four-digit years; beyond them the
 *   database fails instead of refusing).</li>
 * </ul>
 * Violations are answered as 400 with the field named, like any invalid input.
 */
@Provider
public class JsonBodyCheck implements ReaderInterceptor {

    private static final int MAX_DEPTH = 8;

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        boolean record = context.getType().isRecord() && context.getMediaType() != null
                && isJson(context.getMediaType());
        if (record) {
            context.setInputStream(requireObject(context.getInputStream()));
        }
        Object body = context.proceed();
        if (record) {
            Violations violations = new Violations();
            inspect(body, "", violations, 0);
            violations.throwIfAny();
        }
        return body;
    }

    private static boolean isJson(MediaType type) {
        return "json".equals(type.getSubtype()) || type.getSubtype().endsWith("+json");
    }

    /** Skips leading whitespace and refuses a body that starts with anything but an object or {@code null}. */
    private static InputStream requireObject(InputStream in) throws IOException {
        PushbackInputStream stream = new PushbackInputStream(in, 1);
        int next = stream.read();
        while (next == ' ' || next == '\t' || next == '\n' || next == '\r') {
            next = stream.read();
        }
        if (next != -1 && next != '{' && next != 'n') {
            throw InvalidInputException.of("body", "jsonObject", "must be a JSON object");
        }
        if (next != -1) {
            stream.unread(next);
        }
        return stream;
    }

    private static void inspect(Object value, String field, Violations violations, int depth) {
        if (value == null || depth > MAX_DEPTH) {
            return;
        }
        if (value instanceof String text) {
            violations.require(!hasControlCharacter(text), field, "controlCharacters",
                    "must not contain control characters");
        } else if (value instanceof LocalDate date) {
            violations.require(date.getYear() >= 1 && date.getYear() <= 9999, field, "date", "must be a date YYYY-MM-DD");
        } else if (value instanceof OffsetDateTime instant) {
            violations.require(instant.getYear() >= 1 && instant.getYear() <= 9999, field, "instant",
                    "must be an instant with offset, e.g. 2026-01-31T12:00:00+01:00");
        } else if (value instanceof Collection<?> items) {
            items.forEach(item -> inspect(item, field, violations, depth + 1));
        } else if (value.getClass().isRecord()) {
            for (RecordComponent component : value.getClass().getRecordComponents()) {
                inspect(read(component, value), field.isEmpty() ? component.getName()
                        : field + "." + component.getName(), violations, depth + 1);
            }
        }
    }

    private static Object read(RecordComponent component, Object record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            return null;
        }
    }

    static boolean hasControlCharacter(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7f) {
                return true;
            }
        }
        return false;
    }
}
