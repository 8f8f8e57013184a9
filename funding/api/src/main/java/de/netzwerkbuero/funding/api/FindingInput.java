package de.netzwerkbuero.funding.api;

import java.io.Serializable;

/** A reviewer's finding on the version under review. */
public record FindingInput(FindingSeverity severity, String text) implements Serializable {
}
