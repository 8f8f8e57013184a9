package de.netzwerkbuero.platform.boundary;

import de.netzwerkbuero.platform.api.account.AccountView;
import de.netzwerkbuero.platform.api.account.Directory;
import de.netzwerkbuero.platform.infrastructure.AccountRepository;
import de.netzwerkbuero.platform.api.Roles;
import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.util.List;
import java.util.Optional;

/** Read-only account look-ups for the other modules. */
@Stateless
@PermitAll
@DeclareRoles({Roles.OFFICE, Roles.PROJECT_LEAD, Roles.AUDITOR, Roles.ADMIN})
public class DirectoryBean implements Directory {

    @Inject
    private AccountRepository accounts;

    @Resource
    private SessionContext context;

    @Override
    public Optional<AccountView> find(String username) {
        return accounts.find(username).map(AccountsBean::view);
    }

    @Override
    public List<AccountView> withRole(String role) {
        return accounts.withRole(role).stream().map(AccountsBean::view).toList();
    }

    @Override
    public String currentUser() {
        return CallerIdentity.name(context);
    }

    @Override
    public boolean currentUserHasRole(String role) {
        return context.isCallerInRole(role);
    }
}
