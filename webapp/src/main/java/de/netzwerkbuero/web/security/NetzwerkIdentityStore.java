package de.netzwerkbuero.web.security;

import de.netzwerkbuero.platform.api.account.Authentication;
import de.netzwerkbuero.platform.api.account.Authentication.Channel;
import de.netzwerkbuero.platform.api.account.LoginResult;
import de.netzwerkbuero.platform.api.account.LoginResult.Outcome;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;

import java.util.Optional;

/**
 * Validates usernames and passwords against the platform's accounts. A successful HTTP Basic check is
 * remembered for a minute (see {@link RecentLogins}), so that API clients sending Basic on every request do not
 * pay a PBKDF2 derivation and an audit entry each time; every use of a remembered check asks the platform
 * whether the account's security stamp is still the one of the check.
 */
@ApplicationScoped
public class NetzwerkIdentityStore implements IdentityStore {

    @EJB
    private Authentication authentication;

    @Inject
    private RecentLogins recentLogins;

    /** For the container's own use: a Basic check without a known source address. */
    public CredentialValidationResult validate(UsernamePasswordCredential credential) {
        LoginResult result = basic(credential.getCaller(), credential.getPassword().getValue(), null);
        return result.succeeded() ? new CredentialValidationResult(result.username(), result.roles())
                : CredentialValidationResult.INVALID_RESULT;
    }

    LoginResult basic(String username, char[] password, String sourceAddress) {
        Optional<RecentLogins.Remembered> remembered = recentLogins.find(username, password);
        if (remembered.isPresent()) {
            if (authentication.isCurrent(username, remembered.get().stamp())) {
                return new LoginResult(Outcome.SUCCESS, username, remembered.get().roles(), remembered.get().stamp(), null);
            }
            recentLogins.forget(username);
        }
        LoginResult result = authentication.verify(username, password, sourceAddress, Channel.BASIC);
        if (result.succeeded()) {
            recentLogins.remember(username, password, result.roles(), result.stamp());
        }
        return result;
    }

    LoginResult form(String username, char[] password, String sourceAddress) {
        return authentication.verify(username, password, sourceAddress, Channel.FORM);
    }

    LoginResult code(PendingLogin pending, OneTimeCodeCredential credential, String sourceAddress) {
        return credential.enrolment()
                ? authentication.confirmEnrolment(pending.ticket(), credential.code(), sourceAddress)
                : authentication.verifyCode(pending.ticket(), credential.code(), sourceAddress);
    }

    boolean isCurrent(SessionCaller caller) {
        return authentication.isCurrent(caller.name(), caller.stamp());
    }
}
