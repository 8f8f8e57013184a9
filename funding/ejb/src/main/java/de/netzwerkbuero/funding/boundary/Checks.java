package de.netzwerkbuero.funding.boundary;

import de.netzwerkbuero.platform.api.error.StaleVersionException;
import de.netzwerkbuero.platform.api.error.Violations;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Input checks the facades share: versions, money, text lengths. */
final class Checks {

    private Checks() {
    }

    static void version(String entityType, Object id, long expected, long actual) {
        if (expected != actual) {
            throw new StaleVersionException(entityType, id, expected, actual);
        }
    }

    /** Euros with at most two decimals; positive, or not negative when {@code zeroAllowed}. */
    static Violations amount(Violations v, BigDecimal value, String field, boolean zeroAllowed) {
        if (value == null) {
            return v.add(field, "required", "must not be empty");
        }
        if (value.stripTrailingZeros().scale() > 2) {
            return v.add(field, "tooManyDecimals", "must have at most two decimals");
        }
        if (zeroAllowed ? value.signum() < 0 : value.signum() <= 0) {
            return v.add(field, zeroAllowed ? "negative" : "notPositive",
                    zeroAllowed ? "must not be negative" : "must be greater than zero");
        }
        return v.require(value.abs().compareTo(new BigDecimal("999999999999.99")) <= 0, field, "tooLarge",
                "is too large");
    }

    static BigDecimal euros(BigDecimal value) {
        return value.setScale(2, RoundingMode.UNNECESSARY);
    }

    static Violations text(Violations v, String value, String field, int maxLength) {
        if (value == null || value.isBlank()) {
            return v.add(field, "required", "must not be empty");
        }
        return v.require(value.trim().length() <= maxLength, field, "tooLong",
                "must have at most " + maxLength + " characters");
    }

    static Violations optionalText(Violations v, String value, String field, int maxLength) {
        return v.require(value == null || value.trim().length() <= maxLength, field, "tooLong",
                "must have at most " + maxLength + " characters");
    }
}
