package de.netzwerkbuero.platform.api.account;

import java.io.Serializable;
import java.util.Set;

/** Which roles must log in with a one-time password (only {@code admin} and {@code auditor} may be chosen). */
public record TotpPolicy(Set<String> requiredFor) implements Serializable {

    public TotpPolicy {
        requiredFor = requiredFor == null ? Set.of() : Set.copyOf(requiredFor);
    }

    public boolean requires(Set<String> roles) {
        return roles.stream().anyMatch(requiredFor::contains);
    }
}
