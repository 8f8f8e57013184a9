package de.netzwerkbuero.platform.api.account;

import jakarta.ejb.Local;

import java.util.List;
import java.util.Optional;

/**
 * Read-only look-ups of accounts for the other modules: whether a username exists and has a role, the
 * e-mail of a project lead, everyone who must receive the office's digest. Open to every authenticated
 * caller and to timers.
 */
@Local
public interface Directory {

    Optional<AccountView> find(String username);

    List<AccountView> withRole(String role);

    /** The name of the caller of the current business method, {@code "system"} for timers and start-up. */
    String currentUser();

    boolean currentUserHasRole(String role);
}
