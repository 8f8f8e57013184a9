package de.netzwerkbuero.platform.api.error;

import java.util.ArrayList;
import java.util.List;

/**
 * Input that fails validation, with one entry per bad field (400). Collect violations with
 * {@link Violations} and throw once, so the caller sees every problem at the same time.
 */
public class InvalidInputException extends ApplicationProblem {

    private final ArrayList<FieldViolation> violations;

    public InvalidInputException(List<FieldViolation> violations) {
        super("invalidInput", "The input is invalid: {0}.", summary(violations));
        this.violations = new ArrayList<>(violations);
    }

    public static InvalidInputException of(String field, String key, String message) {
        return new InvalidInputException(List.of(new FieldViolation(field, key, message)));
    }

    public List<FieldViolation> violations() {
        return List.copyOf(violations);
    }

    private static String summary(List<FieldViolation> violations) {
        return String.join("; ", violations.stream().map(v -> v.field() + ": " + v.message()).toList());
    }

    @Override
    public int status() {
        return 400;
    }

    @Override
    public String title() {
        return "Invalid input";
    }
}
