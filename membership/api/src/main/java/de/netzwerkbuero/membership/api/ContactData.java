package de.netzwerkbuero.membership.api;

import java.io.Serializable;

/** What the office enters for a contact person; {@code function} e.g. "Bürgermeisterin". */
public record ContactData(String firstName, String lastName, String function, String email, String phone,
                          boolean primary, boolean consent) implements Serializable {
}
