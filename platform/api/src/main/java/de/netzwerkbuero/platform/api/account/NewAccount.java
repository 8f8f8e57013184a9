package de.netzwerkbuero.platform.api.account;

import java.io.Serializable;
import java.util.Set;

/** What an administrator enters to create an account. */
public record NewAccount(String username, String displayName, String email, Set<String> roles, char[] password)
        implements Serializable {

    public NewAccount {
        roles = roles == null ? Set.of() : Set.copyOf(roles);
    }
}
