package de.netzwerkbuero.platform.infrastructure;

import de.netzwerkbuero.platform.api.Roles;
import de.netzwerkbuero.platform.api.account.Accounts;
import de.netzwerkbuero.platform.api.account.NewAccount;
import de.netzwerkbuero.platform.api.error.ApplicationProblem;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import java.util.List;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Creates the accounts a fresh installation needs. Outside demo mode that is only the first administrator,
 * from configuration ({@code NETZWERK_ADMIN_USER} / {@code NETZWERK_ADMIN_PASSWORD} or the system properties
 * {@code netzwerk.admin.username} / {@code netzwerk.admin.password}), and only while no administrator exists.
 * In demo mode ({@code -Dnetzwerk.demo=true}) the demo accounts of DESIGN.md are added as well.
 */
@Startup
@Singleton
// Each account is created in a transaction of its own: one refusal must not roll back the others.
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
@DependsOn("PlatformSchema")
@RunAs(Roles.ADMIN)
public class InitialAccounts {

    private static final Logger LOG = Logger.getLogger(InitialAccounts.class.getName());

    record Demo(String username, String displayName, String role) {
    }

    static final List<Demo> DEMO_ACCOUNTS = List.of(
            new Demo("admin", "Administration", Roles.ADMIN),
            new Demo("office", "Netzwerkbüro", Roles.OFFICE),
            new Demo("lead", "Projektleitung Starke Orte", Roles.PROJECT_LEAD),
            new Demo("lead2", "Projektleitung Zukunftswerkstatt", Roles.PROJECT_LEAD),
            new Demo("auditor", "Prüfung", Roles.AUDITOR));

    @EJB
    private Accounts accounts;

    @Inject
    private AccountRepository repository;

    @PostConstruct
    void create() {
        if (Boolean.getBoolean("netzwerk.demo")) {
            DEMO_ACCOUNTS.forEach(d -> createIfMissing(d.username(), d.displayName(), d.role(),
                    d.username() + "-netzwerk"));
            LOG.info(demoBanner());
        }
        if (!repository.anyWithRole(Roles.ADMIN)) {
            String username = setting("netzwerk.admin.username", "NETZWERK_ADMIN_USER", "admin");
            String password = setting("netzwerk.admin.password", "NETZWERK_ADMIN_PASSWORD", null);
            if (password == null) {
                LOG.warning("No administrator exists and none is configured: set NETZWERK_ADMIN_PASSWORD.");
            } else {
                createIfMissing(username, "Administration", Roles.ADMIN, password);
            }
        }
    }

    private static String demoBanner() {
        StringBuilder banner = new StringBuilder("\n\n  Netzwerkbüro demo: ")
                .append(System.getProperty("netzwerk.base-url", "http://localhost:8080")).append("/\n  Accounts:\n");
        DEMO_ACCOUNTS.forEach(d -> banner.append(String.format("    %-8s / %-17s (%s)%n", d.username(),
                d.username() + "-netzwerk", d.role())));
        return banner.toString();
    }

    private void createIfMissing(String username, String displayName, String role, String password) {
        if (repository.find(username).isPresent()) {
            return;
        }
        try {
            accounts.create(new NewAccount(username, displayName, username + "@netzwerkbuero.invalid",
                    Set.of(role), password.toCharArray()));
            LOG.info(() -> "Created account " + username + " (" + role + ")");
        } catch (ApplicationProblem e) {
            LOG.severe(() -> "Could not create account " + username + ": " + e.getMessage());
        }
    }

    private static String setting(String property, String env, String fallback) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            value = System.getenv(env);
        }
        return value == null || value.isBlank() ? fallback : value;
    }
}
