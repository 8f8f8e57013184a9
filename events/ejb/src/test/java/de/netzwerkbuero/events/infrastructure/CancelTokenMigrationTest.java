package de.netzwerkbuero.events.infrastructure;

import de.netzwerkbuero.platform.api.secret.SecretToken;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** V2_4 and V2_4_1 on H2 in MODE=PostgreSQL: existing plain cancel tokens become hashes and keep working. */
class CancelTokenMigrationTest {

    @Test
    void plainTokensAreHashedIntoCancelLinksAndThePlainColumnIsDropped() throws Exception {
        JdbcDataSource db = new JdbcDataSource();
        db.setURL("jdbc:h2:mem:" + UUID.randomUUID()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
        db.setUser("sa");
        db.setPassword("sa");
        migrate(db, "1");
        String token = SecretToken.generate();
        try (Connection connection = db.getConnection(); Statement sql = connection.createStatement()) {
            sql.execute("INSERT INTO events.event (id, event_type, format, title, starts_at, ends_at, capacity, "
                    + "audience, status, created_at, updated_at, version) VALUES (1, 'WERKSTATT', 'ON_SITE', 'Alt', "
                    + "TIMESTAMP WITH TIME ZONE '2025-06-01 11:00:00+02', TIMESTAMP WITH TIME ZONE '2025-06-01 16:00:00+02', "
                    + "10, 'PUBLIC', 'PUBLISHED', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 1)");
            sql.execute("INSERT INTO events.registration (id, event_id, first_name, last_name, email, active_email, "
                    + "status, registered_at, confirmed_at, cancel_token, version) VALUES (50, 1, 'Anna', 'Alt', "
                    + "'anna@example.org', 'anna@example.org', 'CONFIRMED', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, '"
                    + token + "', 1)");
        }

        migrate(db, null);

        try (Connection connection = db.getConnection(); Statement sql = connection.createStatement()) {
            try (ResultSet links = sql.executeQuery("SELECT token_hash, registration_id FROM events.cancel_link")) {
                assertTrue(links.next());
                assertEquals(SecretToken.hash(token), links.getString(1));
                assertEquals(50, links.getLong(2));
                assertFalse(links.next());
            }
            try (ResultSet columns = sql.executeQuery("SELECT count(*) FROM information_schema.columns WHERE "
                    + "table_schema = 'events' AND table_name = 'registration' AND column_name = 'cancel_token'")) {
                columns.next();
                assertEquals(0, columns.getInt(1), "the plain token column is gone");
            }
        }
    }

    private static void migrate(JdbcDataSource db, String target) throws SQLException {
        var configuration = Flyway.configure().dataSource(db).schemas("events").defaultSchema("events")
                .createSchemas(true).locations("classpath:db/migration/events");
        if (target != null) {
            configuration.target(target);
        }
        configuration.load().migrate();
    }
}
