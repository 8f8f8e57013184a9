package db.migration.events;

import de.netzwerkbuero.platform.api.secret.SecretToken;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;

/**
 * Moves the plain cancel tokens of existing registrations into {@code events.cancel_link} as SHA-256 hashes, so
 * links already mailed keep working, and drops the plain column. In Java because SHA-256 is spelled differently
 * in PostgreSQL and H2 SQL. Found by Flyway next to the SQL migrations ({@code db/migration/events}).
 */
public class V2_4_1__hash_plain_cancel_tokens extends BaseJavaMigration {

    private static final int BATCH = 500;

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        try (Statement select = connection.createStatement();
             ResultSet rows = select.executeQuery(
                     "SELECT id, cancel_token, registered_at FROM events.registration WHERE cancel_token IS NOT NULL");
             PreparedStatement insert = connection.prepareStatement(
                     "INSERT INTO events.cancel_link (token_hash, registration_id, created_at) VALUES (?, ?, ?)")) {
            int pending = 0;
            while (rows.next()) {
                insert.setString(1, SecretToken.hash(rows.getString("cancel_token")));
                insert.setLong(2, rows.getLong("id"));
                Timestamp registeredAt = rows.getTimestamp("registered_at");
                insert.setTimestamp(3, registeredAt);
                insert.addBatch();
                if (++pending == BATCH) {
                    insert.executeBatch();
                    pending = 0;
                }
            }
            if (pending > 0) {
                insert.executeBatch();
            }
        }
        try (Statement alter = connection.createStatement()) {
            alter.execute("ALTER TABLE events.registration DROP CONSTRAINT registration_cancel_token_unique");
            alter.execute("ALTER TABLE events.registration DROP COLUMN cancel_token");
        }
    }
}
