package de.netzwerkbuero.platform.infrastructure;

import java.nio.file.Path;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.logging.Logger;

/**
 * Where the audit checkpoint log lives and when the daily checkpoint runs:
 * {@code -Dnetzwerk.audit.checkpoint-dir} (default {@code <jboss.server.data.dir>/netzwerk/audit-checkpoints})
 * and {@code -Dnetzwerk.audit.checkpoint-time} ({@code HH:mm} office time, Europe/Berlin; default 02:30).
 */
public final class CheckpointSettings {

    public static final String DIR_PROPERTY = "netzwerk.audit.checkpoint-dir";
    public static final String TIME_PROPERTY = "netzwerk.audit.checkpoint-time";
    public static final String FILE_NAME = "checkpoints.log";
    public static final LocalTime DEFAULT_TIME = LocalTime.of(2, 30);

    private static final Logger LOG = Logger.getLogger(CheckpointSettings.class.getName());

    private CheckpointSettings() {
    }

    public static Path file() {
        return directory().resolve(FILE_NAME);
    }

    static Path directory() {
        String configured = System.getProperty(DIR_PROPERTY);
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured.strip());
        }
        String data = System.getProperty("jboss.server.data.dir");
        if (data == null) {
            throw new IllegalStateException("Set -D" + DIR_PROPERTY + " to the directory of the audit checkpoint log");
        }
        return Path.of(data, "netzwerk", "audit-checkpoints");
    }

    public static LocalTime time() {
        return time(System.getProperty(TIME_PROPERTY));
    }

    static LocalTime time(String configured) {
        if (configured == null || configured.isBlank()) {
            return DEFAULT_TIME;
        }
        try {
            return LocalTime.parse(configured.strip());
        } catch (DateTimeParseException e) {
            LOG.warning(() -> "-D" + TIME_PROPERTY + "=" + configured + " is not a time like 02:30; the audit"
                    + " checkpoint runs at " + DEFAULT_TIME);
            return DEFAULT_TIME;
        }
    }
}
