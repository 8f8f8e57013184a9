package de.netzwerkbuero.events.api;

import java.io.Serializable;

/** Filters of an event's registration list, each optional: status and {@code q} (name, e-mail, organisation). */
public record RegistrationFilter(RegistrationStatus status, String q) implements Serializable {

    public static RegistrationFilter none() {
        return new RegistrationFilter(null, null);
    }
}
