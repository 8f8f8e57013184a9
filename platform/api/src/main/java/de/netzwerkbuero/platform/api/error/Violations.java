package de.netzwerkbuero.platform.api.error;

import java.util.ArrayList;
import java.util.List;

/** Collects field violations while checking an input, then throws them together. */
public final class Violations {

    private final List<FieldViolation> found = new ArrayList<>();

    public Violations add(String field, String key, String message) {
        found.add(new FieldViolation(field, key, message));
        return this;
    }

    public Violations require(boolean condition, String field, String key, String message) {
        return condition ? this : add(field, key, message);
    }

    public Violations requireText(String value, String field) {
        return require(value != null && !value.isBlank(), field, "required", "must not be empty");
    }

    public boolean isEmpty() {
        return found.isEmpty();
    }

    /** Throws an {@link InvalidInputException} naming every violation found, if there is any. */
    public void throwIfAny() {
        if (!found.isEmpty()) {
            throw new InvalidInputException(found);
        }
    }
}
