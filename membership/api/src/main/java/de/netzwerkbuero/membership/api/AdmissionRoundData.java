package de.netzwerkbuero.membership.api;

import java.io.Serializable;
import java.time.LocalDate;

/** What the office enters for an admission round: date in the future, deadline not after it, capacity ≥ 1. */
public record AdmissionRoundData(LocalDate date, LocalDate applicationDeadline, int capacity) implements Serializable {
}
