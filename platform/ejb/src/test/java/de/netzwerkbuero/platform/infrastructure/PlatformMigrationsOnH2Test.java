package de.netzwerkbuero.platform.infrastructure;

import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The platform's migrations run on the demo's embedded H2 (MODE=PostgreSQL) as well as on PostgreSQL, which the
 * integration tests cover: a word H2 reserves (such as {@code value}) once broke the run command's start.
 */
class PlatformMigrationsOnH2Test {

    @Test
    void everyMigrationRunsOnH2AndTheSecuritySettingCanBeStored() throws Exception {
        JdbcDataSource db = new JdbcDataSource();
        db.setURL("jdbc:h2:mem:" + UUID.randomUUID()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
        db.setUser("sa");
        db.setPassword("sa");

        int applied = Flyway.configure().dataSource(db).schemas("platform").defaultSchema("platform")
                .createSchemas(true).locations("classpath:db/migration/platform").load().migrate().migrationsExecuted;

        assertTrue(applied >= 2, "V1 and the later migrations: " + applied);
        try (Connection connection = db.getConnection(); Statement sql = connection.createStatement()) {
            sql.execute("INSERT INTO platform.security_setting (name, setting_value, version) VALUES ('totp', 'admin', 0)");
            try (ResultSet row = sql.executeQuery("SELECT setting_value FROM platform.security_setting")) {
                assertTrue(row.next());
                assertEquals("admin", row.getString(1));
            }
        }
    }
}
