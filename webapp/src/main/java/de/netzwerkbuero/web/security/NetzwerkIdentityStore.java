package de.netzwerkbuero.web.security;

import de.netzwerkbuero.platform.api.account.Authentication;
import de.netzwerkbuero.platform.api.account.LoginResult;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;

/**
 * Validates usernames and passwords against the platform's accounts. A successful check is remembered for a
 * minute (see {@link RecentLogins}), so that API clients sending HTTP Basic on every request do not pay a
 * PBKDF2 derivation and an audit entry each time.
 */
@ApplicationScoped
public class NetzwerkIdentityStore implements IdentityStore {

    @EJB
    private Authentication authentication;

    @Inject
    private RecentLogins recentLogins;

    public CredentialValidationResult validate(UsernamePasswordCredential credential) {
        String username = credential.getCaller();
        char[] password = credential.getPassword().getValue();
        return recentLogins.rolesOf(username, password)
                .map(roles -> new CredentialValidationResult(username, roles))
                .orElseGet(() -> check(username, password));
    }

    private CredentialValidationResult check(String username, char[] password) {
        LoginResult result = authentication.verify(username, password);
        if (!result.succeeded()) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        recentLogins.remember(username, password, result.roles());
        return new CredentialValidationResult(username, result.roles());
    }
}
