package de.netzwerkbuero.platform.api.account;

import java.io.Serializable;
import java.util.Set;

/** The outcome of a login attempt: the roles when it succeeded, otherwise why not. */
public record LoginResult(Outcome outcome, String username, Set<String> roles) implements Serializable {

    public enum Outcome { SUCCESS, INVALID, DISABLED, THROTTLED }

    public LoginResult {
        roles = roles == null ? Set.of() : Set.copyOf(roles);
    }

    public boolean succeeded() {
        return outcome == Outcome.SUCCESS;
    }
}
