package de.netzwerkbuero.events.infrastructure;

import de.netzwerkbuero.platform.api.schema.SchemaMigrations;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;

import javax.sql.DataSource;

/** Brings the {@code events} schema up to date when the application is deployed. */
@Startup
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class EventsSchema {

    @Resource(lookup = "java:jboss/datasources/NetzwerkDS")
    private DataSource dataSource;

    @PostConstruct
    void migrate() {
        SchemaMigrations.migrate(dataSource, "events", getClass().getClassLoader());
    }
}
