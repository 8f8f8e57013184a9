package de.netzwerkbuero.platform.api.account;

import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.Set;

/** A user account as others may see it: never the password hash or the one-time password secret. */
public record AccountView(long id, String username, String displayName, String email, Set<String> roles,
                          boolean enabled, OffsetDateTime createdAt, OffsetDateTime lockedUntil,
                          boolean totpEnrolled, long version) implements Serializable {

    public AccountView {
        roles = Set.copyOf(roles);
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }
}
