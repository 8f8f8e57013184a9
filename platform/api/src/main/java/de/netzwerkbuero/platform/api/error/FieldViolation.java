package de.netzwerkbuero.platform.api.error;

import java.io.Serializable;

/**
 * One invalid field. {@code field} is the JSON/form field name, {@code key} a bundle key
 * (prefix {@code violation.}) and {@code message} the English default text.
 */
public record FieldViolation(String field, String key, String message) implements Serializable {
}
