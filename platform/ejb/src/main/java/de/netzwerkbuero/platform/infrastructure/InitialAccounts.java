package de.netzwerkbuero.platform.infrastructure;

import de.netzwerkbuero.platform.api.Roles;
import de.netzwerkbuero.platform.api.account.Accounts;
import de.netzwerkbuero.platform.api.account.NewAccount;
import de.netzwerkbuero.platform.api.demo.DemoMode;
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
 * In demo mode ({@link DemoMode}) the demo accounts of DESIGN.md are added as well; outside it, demo accounts
 * that still have their published password are disabled (audited), except the one configured as administrator
 * with exactly that password.
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

    @EJB
    private DemoAccounts demoAccounts;

    @Inject
    private AccountRepository repository;

    @PostConstruct
    void create() {
        String adminName = setting("netzwerk.admin.username", "NETZWERK_ADMIN_USER", "admin");
        String adminPassword = setting("netzwerk.admin.password", "NETZWERK_ADMIN_PASSWORD", null);
        if (DemoMode.active()) {
            DEMO_ACCOUNTS.forEach(d -> {
                if (demoAccounts.createIfMissing(d.username(), d.displayName(), d.role(), published(d))) {
                    LOG.info(() -> "Created demo account " + d.username() + " (" + d.role() + ")");
                }
            });
            LOG.info(demoBanner());
        } else {
            DEMO_ACCOUNTS.stream()
                    // an operator who configured exactly this administrator chose it knowingly
                    .filter(d -> !(d.username().equals(adminName) && published(d).equals(adminPassword)))
                    .filter(d -> demoAccounts.disableIfPublished(d.username(), published(d)))
                    .forEach(d -> LOG.warning(() -> "Disabled the demo account " + d.username()
                            + ": its password is published and the server does not run in demo mode."));
        }
        if (!repository.anyEnabledWithRole(Roles.ADMIN)) {
            if (adminPassword == null) {
                LOG.warning("No administrator exists and none is configured: set NETZWERK_ADMIN_PASSWORD.");
            } else {
                createOrReclaim(adminName, adminPassword);
            }
        }
    }

    private static String published(Demo demo) {
        return demo.username() + "-netzwerk";
    }

    private static String demoBanner() {
        StringBuilder banner = new StringBuilder("\n\n  Netzwerkbüro demo: ")
                .append(System.getProperty("netzwerk.base-url", "http://localhost:8080")).append("/\n  Accounts:\n");
        DEMO_ACCOUNTS.forEach(d -> banner.append(String.format("    %-8s / %-17s (%s)%n", d.username(),
                d.username() + "-netzwerk", d.role())));
        return banner.toString();
    }

    /** Creates the configured administrator; an existing disabled account of that name gets the configured password. */
    private void createOrReclaim(String username, String password) {
        try {
            var existing = repository.find(username);
            if (existing.isEmpty()) {
                accounts.create(new NewAccount(username, "Administration", username + "@netzwerkbuero.invalid",
                        Set.of(Roles.ADMIN), password.toCharArray()));
                LOG.info(() -> "Created account " + username + " (" + Roles.ADMIN + ")");
            } else if (existing.get().getRoles().contains(Roles.ADMIN) && !existing.get().isEnabled()) {
                accounts.resetPassword(username, password.toCharArray());
                accounts.setEnabled(username, true, accounts.get(username).version());
                LOG.warning(() -> "Enabled the administrator " + username + " with the configured password");
            } else {
                LOG.severe(() -> "No enabled administrator, and the account " + username + " is not a disabled administrator");
            }
        } catch (ApplicationProblem e) {
            LOG.severe(() -> "Could not set up the administrator " + username + ": " + e.getMessage());
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
