package de.netzwerkbuero.funding.api;

import java.io.Serializable;
import java.time.LocalDate;

/** A request to extend the grant period to {@code newPeriodEnd}, with the funder's reference if any. */
public record ExtensionInput(LocalDate newPeriodEnd, String reason, String reference) implements Serializable {
}
