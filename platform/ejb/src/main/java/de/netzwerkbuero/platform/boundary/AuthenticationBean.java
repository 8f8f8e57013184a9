package de.netzwerkbuero.platform.boundary;

import de.netzwerkbuero.platform.api.account.Authentication;
import de.netzwerkbuero.platform.api.account.LoginResult;
import de.netzwerkbuero.platform.api.account.LoginResult.Outcome;
import de.netzwerkbuero.platform.api.audit.AuditRecord;
import de.netzwerkbuero.platform.api.clock.BusinessClock;
import de.netzwerkbuero.platform.domain.Account;
import de.netzwerkbuero.platform.domain.PasswordHasher;
import de.netzwerkbuero.platform.domain.StoredAuditEntry;
import de.netzwerkbuero.platform.infrastructure.AccountRepository;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.util.Optional;

/**
 * Checks credentials for the identity store. Runs in its own transaction so that a failed login is
 * counted and audited even though the request that carried it fails.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class AuthenticationBean implements Authentication {

    /** Hash of a random password: a login for an unknown user costs as much as one for a known user. */
    private static final String DUMMY_HASH = PasswordHasher.hash("no-such-user-no-such-password".toCharArray());

    @PersistenceContext(unitName = "platform")
    private EntityManager em;

    @Inject
    private AccountRepository accounts;

    @EJB
    private BusinessClock clock;

    @Override
    public LoginResult verify(String username, char[] password) {
        Optional<Account> found = username == null ? Optional.empty() : accounts.findForUpdate(username);
        if (found.isEmpty()) {
            PasswordHasher.matches(password, DUMMY_HASH);
            return audited(username, Outcome.INVALID, null);
        }
        Account account = found.get();
        Instant now = clock.now();
        if (account.isLockedAt(now)) {
            return audited(username, Outcome.THROTTLED, null);
        }
        if (!PasswordHasher.matches(password, account.getPasswordHash())) {
            account.loginFailed(now);
            return audited(username, Outcome.INVALID, null);
        }
        if (!account.isEnabled()) {
            return audited(username, Outcome.DISABLED, null);
        }
        account.loginSucceeded();
        return audited(username, Outcome.SUCCESS, account);
    }

    private LoginResult audited(String username, Outcome outcome, Account account) {
        String actor = username == null || username.isBlank() ? "unknown" : truncate(username);
        String action = outcome == Outcome.SUCCESS ? "LOGIN" : "LOGIN_FAILED";
        AuditRecord record = AuditRecord.of(action, "Account", actor);
        if (outcome != Outcome.SUCCESS) {
            record.set("reason", outcome.name());
        }
        em.persist(StoredAuditEntry.of(actor, record, clock.nowInOffice()));
        return new LoginResult(outcome, username, account == null ? null : account.getRoles());
    }

    private static String truncate(String username) {
        return username.length() > 64 ? username.substring(0, 64) : username;
    }
}
