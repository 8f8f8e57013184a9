package de.netzwerkbuero.membership.api;

import java.io.Serializable;

/** A prospect who confirmed (double opt-in) that they want to be told about admission rounds and events. */
public record ProspectSummary(long id, String organisation, String contactName, String email) implements Serializable {
}
