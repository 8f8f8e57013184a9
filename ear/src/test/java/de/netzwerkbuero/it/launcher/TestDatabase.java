package de.netzwerkbuero.it.launcher;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Empties the test database before the integration tests start the server, so every run begins from the
 * migrations alone, and removes the test server's audit checkpoint log (it anchors the emptied chain). Runs only in the integration-test JVM (where {@code netzwerk.ear} is set), never
 * against anything but the configured test database.
 */
public class TestDatabase implements LauncherSessionListener {

    static final String[] SCHEMAS = {"events", "funding", "membership", "platform"};

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        if (System.getProperty("netzwerk.ear") == null) {
            return;
        }
        String url = System.getProperty("db.url");
        try (Connection connection = DriverManager.getConnection(url, System.getProperty("db.user"),
                System.getProperty("db.password")); Statement statement = connection.createStatement()) {
            for (String schema : SCHEMAS) {
                statement.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
            }
            statement.execute("DROP TABLE IF EXISTS public.jboss_ejb_timer");
        } catch (SQLException e) {
            throw new IllegalStateException("The test database at " + url + " cannot be reset", e);
        }
        removeCheckpointLog();
    }

    /** The log lies in the server's data directory, which survives between runs, unlike the database. */
    private static void removeCheckpointLog() {
        String jbossHome = System.getProperty("jboss.home");
        if (jbossHome == null) {
            return;
        }
        Path log = Path.of(jbossHome, "standalone", "data", "netzwerk", "audit-checkpoints", "checkpoints.log");
        try {
            Files.deleteIfExists(log);
        } catch (IOException e) {
            throw new UncheckedIOException("The test server's audit checkpoint log " + log + " cannot be removed", e);
        }
    }
}
