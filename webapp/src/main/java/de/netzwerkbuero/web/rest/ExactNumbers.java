package de.netzwerkbuero.web.rest;

import jakarta.json.JsonNumber;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.bind.JsonbException;
import jakarta.json.bind.serializer.DeserializationContext;
import jakarta.json.bind.serializer.JsonbDeserializer;
import jakarta.json.stream.JsonParser;

import java.lang.reflect.Type;
import java.math.BigDecimal;

/**
 * Whole numbers as they were sent: JSON-B's own conversion wraps a number beyond the type's range (4294967297
 * becomes 1, 1e309 becomes 0) and cuts off fractions (1.5 becomes 1); these refuse them instead.
 */
final class ExactNumbers {

    private ExactNumbers() {
    }

    /** For {@code Integer} fields. */
    static final class Ints implements JsonbDeserializer<Integer> {
        @Override
        public Integer deserialize(JsonParser parser, DeserializationContext context, Type type) {
            BigDecimal value = exact(parser);
            try {
                return value == null ? null : value.intValueExact();
            } catch (ArithmeticException e) {
                throw new JsonbException("Not a whole number in range");
            }
        }
    }

    /** For {@code Long} fields. */
    static final class Longs implements JsonbDeserializer<Long> {
        @Override
        public Long deserialize(JsonParser parser, DeserializationContext context, Type type) {
            BigDecimal value = exact(parser);
            try {
                return value == null ? null : value.longValueExact();
            } catch (ArithmeticException e) {
                throw new JsonbException("Not a whole number in range");
            }
        }
    }

    /** The number (or numeric string, as JSON-B also accepts) at the parser, or {@code null} for JSON null. */
    private static BigDecimal exact(JsonParser parser) {
        JsonValue value = parser.getValue();
        switch (value.getValueType()) {
            case NULL:
                return null;
            case NUMBER:
                return ((JsonNumber) value).bigDecimalValue();
            case STRING:
                try {
                    return new BigDecimal(((JsonString) value).getString().trim());
                } catch (NumberFormatException e) {
                    throw new JsonbException("Not a number");
                }
            default:
                throw new JsonbException("Not a number");
        }
    }
}
