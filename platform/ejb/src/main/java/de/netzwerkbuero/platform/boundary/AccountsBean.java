package de.netzwerkbuero.platform.boundary;

import de.netzwerkbuero.platform.api.Roles;
import de.netzwerkbuero.platform.api.account.AccountView;
import de.netzwerkbuero.platform.api.account.Accounts;
import de.netzwerkbuero.platform.api.account.NewAccount;
import de.netzwerkbuero.platform.api.account.PasswordPolicy;
import de.netzwerkbuero.platform.api.audit.AuditRecord;
import de.netzwerkbuero.platform.api.audit.AuditTrail;
import de.netzwerkbuero.platform.api.clock.BusinessClock;
import de.netzwerkbuero.platform.api.error.InvalidInputException;
import de.netzwerkbuero.platform.api.error.NotFoundException;
import de.netzwerkbuero.platform.api.error.RuleViolationException;
import de.netzwerkbuero.platform.api.error.StaleVersionException;
import de.netzwerkbuero.platform.api.error.Violations;
import de.netzwerkbuero.platform.api.paging.Page;
import de.netzwerkbuero.platform.api.paging.PageRequest;
import de.netzwerkbuero.platform.domain.Account;
import de.netzwerkbuero.platform.domain.LoginsRevoked;
import de.netzwerkbuero.platform.domain.PasswordHasher;
import de.netzwerkbuero.platform.infrastructure.AccountRepository;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/** Account administration. Every change is audited; password hashes never leave this module. */
@Stateless
@RolesAllowed(Roles.ADMIN)
public class AccountsBean implements Accounts {

    static final Set<String> KNOWN_ROLES = Set.of(Roles.OFFICE, Roles.PROJECT_LEAD, Roles.AUDITOR, Roles.ADMIN);
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,63}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    /** The columns' widths: longer input is refused as invalid, not left to fail in the database. */
    private static final int MAX_DISPLAY_NAME = 200;
    private static final int MAX_EMAIL = 254;
    private static final Map<String, String> SORT_FIELDS =
            Map.of("username", "username", "displayName", "displayName", "createdAt", "createdAt");

    @Inject
    private AccountRepository accounts;

    @EJB
    private AuditTrail audit;

    @EJB
    private BusinessClock clock;

    @Inject
    private Event<LoginsRevoked> revoked;

    @Override
    public Page<AccountView> list(PageRequest page) {
        String field = SORT_FIELDS.get(page.sortField("username"));
        if (field == null) {
            throw InvalidInputException.of("sort", "unknownSortField", "cannot sort by " + page.sortField("username")
                    + "; use one of " + new TreeSet<>(SORT_FIELDS.keySet()));
        }
        return new Page<>(accounts.page(page.offset(), page.size(), field, page.descending()).stream()
                .map(AccountsBean::view).toList(), accounts.count(), page.page(), page.size());
    }

    @Override
    public AccountView get(String username) {
        return view(existing(username));
    }

    @Override
    public AccountView create(NewAccount input) {
        Violations violations = new Violations();
        violations.require(input.username() != null && USERNAME.matcher(input.username()).matches(), "username",
                "username", "3 to 64 lower-case letters, digits, dots, dashes or underscores");
        violations.requireText(input.displayName(), "displayName");
        violations.require(input.displayName() == null || input.displayName().trim().length() <= MAX_DISPLAY_NAME,
                "displayName", "tooLong", "must be at most " + MAX_DISPLAY_NAME + " characters");
        violations.require(input.email() != null && input.email().length() <= MAX_EMAIL
                && EMAIL.matcher(input.email()).matches(), "email", "email",
                "must be an e-mail address");
        checkRoles(input.roles(), violations);
        PasswordPolicy.problem(input.password(), input.username())
                .ifPresent(key -> violations.add("password", key, passwordMessage(key)));
        violations.throwIfAny();
        if (accounts.find(input.username()).isPresent()) {
            throw new RuleViolationException("usernameTaken", "The username {0} is already taken.", input.username());
        }
        Account account = new Account(input.username(), input.displayName().trim(), input.email().trim(),
                PasswordHasher.hash(input.password()), input.roles(), clock.nowInOffice());
        accounts.add(account);
        audit.record(AuditRecord.of("ACCOUNT_CREATED", "Account", input.username())
                .set("displayName", account.getDisplayName())
                // Personal data by field name only: the trail is append-only and can never be erased.
                .set("email", "(personal data)")
                .set("roles", String.join(",", new TreeSet<>(input.roles()))));
        return view(account);
    }

    @Override
    public AccountView setEnabled(String username, boolean enabled, long expectedVersion) {
        Account account = current(username, expectedVersion);
        boolean before = account.isEnabled();
        if (account.setEnabled(enabled)) {
            endLogins(account);
        }
        audit.record(AuditRecord.of(enabled ? "ACCOUNT_ENABLED" : "ACCOUNT_DISABLED", "Account", username)
                .change("enabled", before, enabled));
        accounts.flush();
        return view(account);
    }

    @Override
    public AccountView setRoles(String username, Set<String> roles, long expectedVersion) {
        Violations violations = new Violations();
        checkRoles(roles, violations);
        violations.throwIfAny();
        Account account = current(username, expectedVersion);
        // Roles live in their own table: without this the account's version would not move.
        accounts.forceVersionIncrement(account);
        String before = String.join(",", new TreeSet<>(account.getRoles()));
        account.replaceRoles(roles);
        endLogins(account);
        audit.record(AuditRecord.of("ACCOUNT_ROLES_CHANGED", "Account", username)
                .change("roles", before, String.join(",", new TreeSet<>(roles))));
        accounts.flush();
        return view(account);
    }

    @Override
    public void resetPassword(String username, char[] newPassword) {
        Account account = existing(username);
        PasswordPolicy.problem(newPassword, username).ifPresent(key -> new Violations()
                .add("password", key, passwordMessage(key)).throwIfAny());
        account.changePassword(PasswordHasher.hash(newPassword));
        endLogins(account);
        audit.record(AuditRecord.of("ACCOUNT_PASSWORD_RESET", "Account", username).set("password", "(changed)"));
    }

    /** Ends the account's sessions and cached credentials once this transaction commits. */
    private void endLogins(Account account) {
        revoked.fire(new LoginsRevoked(account.getUsername(), account.getSecurityStamp()));
    }

    private Account current(String username, long expectedVersion) {
        Account account = existing(username);
        if (account.getVersion() != expectedVersion) {
            throw new StaleVersionException("Account", username, expectedVersion, account.getVersion());
        }
        return account;
    }

    private Account existing(String username) {
        return accounts.find(username).orElseThrow(() -> new NotFoundException("Account", username));
    }

    private static void checkRoles(Set<String> roles, Violations violations) {
        violations.require(roles != null && !roles.isEmpty(), "roles", "rolesRequired", "choose at least one role");
        if (roles != null) {
            roles.stream().filter(r -> r == null || !KNOWN_ROLES.contains(r)).findFirst()
                    .ifPresent(r -> violations.add("roles", "unknownRole", "unknown role " + r));
        }
    }

    private static String passwordMessage(String key) {
        return PasswordPolicy.message(key);
    }

    static AccountView view(Account a) {
        return new AccountView(a.getId(), a.getUsername(), a.getDisplayName(), a.getEmail(), a.getRoles(),
                a.isEnabled(), a.getCreatedAt(), a.getLockedUntil(), a.hasTotp(), a.getVersion());
    }
}
