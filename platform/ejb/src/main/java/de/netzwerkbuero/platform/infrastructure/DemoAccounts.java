package de.netzwerkbuero.platform.infrastructure;

import de.netzwerkbuero.platform.api.audit.AuditRecord;
import de.netzwerkbuero.platform.api.audit.AuditTrail;
import de.netzwerkbuero.platform.api.clock.BusinessClock;
import de.netzwerkbuero.platform.domain.Account;
import de.netzwerkbuero.platform.domain.LoginsRevoked;
import de.netzwerkbuero.platform.domain.PasswordHasher;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

import java.util.Set;

/**
 * The demo accounts of DESIGN.md, whose passwords are published: created in demo mode only (their passwords
 * do not meet the password policy, which is why they bypass {@code Accounts.create}), and disabled at start
 * outside demo mode while they still have the published password. Each call is a transaction of its own.
 */
@Stateless
public class DemoAccounts {

    @Inject
    private AccountRepository accounts;

    @Inject
    private Event<LoginsRevoked> revoked;

    @EJB
    private AuditTrail audit;

    @EJB
    private BusinessClock clock;

    public boolean createIfMissing(String username, String displayName, String role, String password) {
        if (accounts.find(username).isPresent()) {
            return false;
        }
        Account account = new Account(username, displayName, username + "@netzwerkbuero.invalid",
                PasswordHasher.hash(password.toCharArray()), Set.of(role), clock.nowInOffice());
        accounts.add(account);
        audit.record(AuditRecord.of("ACCOUNT_CREATED", "Account", username).set("displayName", displayName)
                .set("roles", role).set("demo", true));
        return true;
    }

    /** Disables the account if it is enabled and still has the published password; returns whether it did. */
    public boolean disableIfPublished(String username, String publishedPassword) {
        Account account = accounts.find(username).orElse(null);
        if (account == null || !account.isEnabled()
                || !PasswordHasher.matches(publishedPassword.toCharArray(), account.getPasswordHash())) {
            return false;
        }
        account.setEnabled(false);
        revoked.fire(new LoginsRevoked(username, account.getSecurityStamp()));
        audit.record(AuditRecord.of("ACCOUNT_DISABLED", "Account", username).change("enabled", true, false)
                .set("reason", "demo account with its published password outside demo mode"));
        return true;
    }
}
