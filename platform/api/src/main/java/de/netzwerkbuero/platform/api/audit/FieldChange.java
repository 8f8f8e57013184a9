package de.netzwerkbuero.platform.api.audit;

import java.io.Serializable;

/** A field's value before and after a change, as text ({@code null} where there was none). */
public record FieldChange(String before, String after) implements Serializable {
}
