package de.netzwerkbuero.it.support;

import de.netzwerkbuero.platform.api.Roles;
import de.netzwerkbuero.platform.api.account.Accounts;
import de.netzwerkbuero.platform.api.account.NewAccount;
import de.netzwerkbuero.platform.api.error.RuleViolationException;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;

import java.util.Map;
import java.util.Set;

/**
 * The accounts the integration tests log in with (the test server has only its configured administrator,
 * see arquillian.xml); the passwords meet the password policy, so they must not contain the username.
 */
@Startup
@Singleton
// Each account is created in a transaction of its own: one refusal must not roll back the others.
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
@RunAs(Roles.ADMIN)
public class TestAccounts {

    public static final Map<String, String> ROLE_OF = Map.of(
            "office", Roles.OFFICE, "lead", Roles.PROJECT_LEAD, "lead2", Roles.PROJECT_LEAD, "auditor", Roles.AUDITOR);

    @EJB
    private Accounts accounts;

    public static String passwordOf(String username) {
        return "admin".equals(username) ? "Verwaltung-Test-2026"
                : "Zugang-" + new StringBuilder(username).reverse() + "-Test-2026";
    }

    @PostConstruct
    void create() {
        ROLE_OF.forEach((username, role) -> {
            try {
                accounts.create(new NewAccount(username, username, username + "@example.org", Set.of(role),
                        passwordOf(username).toCharArray()));
            } catch (RuleViolationException alreadyThere) {
                // created by an earlier deployment in this run
            }
        });
    }
}
