package de.netzwerkbuero.platform.api.demo;

import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import java.util.logging.Logger;

/**
 * Whether the server runs as the demo, decided once for all modules. Demo mode publishes well-known account
 * passwords, so {@code -Dnetzwerk.demo=true} takes effect only on the embedded database (H2); on any other
 * database it needs {@code -Dnetzwerk.demo.force=true} (or {@code -Dnetzwerk.demo=force}) as well, and
 * otherwise the server starts without demo data and logs why.
 */
public final class DemoMode {

    public static final String PROPERTY = "netzwerk.demo";
    public static final String FORCE_PROPERTY = "netzwerk.demo.force";
    private static final String DATASOURCE = "java:jboss/datasources/NetzwerkDS";
    private static final Logger LOG = Logger.getLogger(DemoMode.class.getName());

    private static volatile Boolean active;

    public enum Decision {
        OFF(false), ON(true), FORCED(true), REFUSED(false);

        private final boolean active;

        Decision(boolean active) {
            this.active = active;
        }

        public boolean active() {
            return active;
        }
    }

    private DemoMode() {
    }

    /** The decision for this server, made on first use from the system properties and the datasource. */
    public static boolean active() {
        Boolean decided = active;
        if (decided == null) {
            synchronized (DemoMode.class) {
                if (active == null) {
                    active = decideForThisServer();
                }
                decided = active;
            }
        }
        return decided;
    }

    /**
     * The rule: demo only when asked for, and then only on H2 unless forced.
     *
     * @param demo     the value of {@code netzwerk.demo} ({@code true}, {@code force} or anything else)
     * @param force    the value of {@code netzwerk.demo.force}
     * @param database the JDBC database product name, {@code null} when unknown
     */
    public static Decision decide(String demo, String force, String database) {
        boolean forced = "force".equalsIgnoreCase(demo) || "true".equalsIgnoreCase(force);
        boolean requested = "true".equalsIgnoreCase(demo) || "force".equalsIgnoreCase(demo);
        if (!requested) {
            return Decision.OFF;
        }
        if (forced) {
            return Decision.FORCED;
        }
        return database != null && database.toLowerCase(Locale.ROOT).startsWith("h2") ? Decision.ON : Decision.REFUSED;
    }

    private static boolean decideForThisServer() {
        String demo = System.getProperty(PROPERTY);
        String force = System.getProperty(FORCE_PROPERTY);
        if (decide(demo, force, "H2") == Decision.OFF) {
            return false;
        }
        String database = databaseProduct();
        Decision decision = decide(demo, force, database);
        switch (decision) {
            case REFUSED -> LOG.warning(() -> "Demo mode REFUSED: the database is " + database + ", not the embedded H2."
                    + " The demo publishes its account passwords; starting WITHOUT demo data and demo accounts."
                    + " To run the demo on this database anyway, add -D" + FORCE_PROPERTY + "=true.");
            case FORCED -> LOG.warning(() -> "Demo mode FORCED on " + database
                    + ": the demo accounts with their published passwords are active.");
            default -> LOG.info("Demo mode on the embedded database");
        }
        return decision.active();
    }

    private static String databaseProduct() {
        try {
            DataSource dataSource = InitialContext.doLookup(DATASOURCE);
            try (Connection connection = dataSource.getConnection()) {
                return connection.getMetaData().getDatabaseProductName();
            }
        } catch (NamingException | SQLException e) {
            LOG.warning(() -> "Cannot tell which database " + DATASOURCE + " is (" + e + "); demo mode stays off");
            return null;
        }
    }
}
