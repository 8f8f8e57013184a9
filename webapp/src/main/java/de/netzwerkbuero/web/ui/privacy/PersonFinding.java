package de.netzwerkbuero.web.ui.privacy;

import java.io.Serializable;

/** One record found about the person, for the table: its kind (a bundle key suffix), what it is, and its state. */
public record PersonFinding(String kind, String subject, String detail) implements Serializable {
}
