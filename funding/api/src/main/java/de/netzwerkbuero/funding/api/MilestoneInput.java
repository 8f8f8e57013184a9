package de.netzwerkbuero.funding.api;

import java.io.Serializable;
import java.time.LocalDate;

/** What the office enters for a milestone; {@code dueOn} must lie inside the grant period. */
public record MilestoneInput(String title, LocalDate dueOn, String deliverable) implements Serializable {
}
