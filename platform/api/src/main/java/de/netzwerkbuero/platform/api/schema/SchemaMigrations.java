package de.netzwerkbuero.platform.api.schema;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import java.util.logging.Logger;

/**
 * Migrates one module's PostgreSQL schema with Flyway. Every module calls this once, from a
 * {@code @Startup @Singleton} of its own, with its own class loader: in an EAR each module sees only its
 * own {@code db/migration/<schema>} scripts (and the optional {@code db/vendor/<vendor>/<schema>} ones
 * that only one database understands, e.g. PostgreSQL triggers; vendor is {@code postgresql} or {@code h2}). The schema history lives in the
 * module's schema. Baseline 0: the schema may already hold tables created by the server.
 */
public final class SchemaMigrations {

    private static final Logger LOG = Logger.getLogger(SchemaMigrations.class.getName());

    private SchemaMigrations() {
    }

    public static MigrateResult migrate(DataSource dataSource, String schema, ClassLoader moduleClassLoader) {
        MigrateResult result = Flyway.configure(moduleClassLoader)
                .dataSource(dataSource)
                .schemas(schema)
                .defaultSchema(schema)
                .createSchemas(true)
                .locations("classpath:db/migration/" + schema, "classpath:db/vendor/" + vendor(dataSource) + "/" + schema)
                .failOnMissingLocations(false)
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .load()
                .migrate();
        LOG.info(() -> "Schema " + schema + ": " + result.migrationsExecuted + " migration(s) applied, now at "
                + result.targetSchemaVersion);
        return result;
    }

    /** {@code postgresql} or {@code h2}: the folder of the statements only that database understands. */
    static String vendor(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            return connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).replace(" ", "");
        } catch (SQLException e) {
            throw new IllegalStateException("The database cannot be reached to migrate its schema", e);
        }
    }
}
