package de.netzwerkbuero.platform.api.account;

import de.netzwerkbuero.platform.api.paging.Page;
import de.netzwerkbuero.platform.api.paging.PageRequest;
import jakarta.ejb.Local;

import java.util.Set;

/** Managing user accounts and their roles: for administrators. Sort fields: username, displayName, createdAt. */
@Local
public interface Accounts {

    Page<AccountView> list(PageRequest page);

    AccountView get(String username);

    AccountView create(NewAccount account);

    /** Fails with a {@code StaleVersionException} when the account is no longer at {@code expectedVersion}. */
    AccountView setEnabled(String username, boolean enabled, long expectedVersion);

    /** Fails with a {@code StaleVersionException} when the account is no longer at {@code expectedVersion}. */
    AccountView setRoles(String username, Set<String> roles, long expectedVersion);

    void resetPassword(String username, char[] newPassword);
}
