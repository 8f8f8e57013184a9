package de.netzwerkbuero.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/** A fixed set of JDBC connections to a localhost database, handed out one client at a time. */
final class JdbcPool implements AutoCloseable {

    private final BlockingQueue<Connection> idle;
    private final List<Connection> all = new ArrayList<>();
    private final Duration timeout;

    JdbcPool(String url, Properties props, int size, Duration timeout) throws SQLException {
        this.timeout = timeout;
        idle = new ArrayBlockingQueue<>(size);
        String checked = Localhost.jdbc(url);
        for (int i = 0; i < size; i++) {
            Connection c = DriverManager.getConnection(checked, props);
            all.add(c);
            idle.add(c);
        }
    }

    /** user, password and application name from the options db-user and db-password. */
    static Properties properties(Args args, String applicationName) {
        Properties props = new Properties();
        props.setProperty("user", args.get("db-user"));
        props.setProperty("password", args.get("db-password"));
        props.setProperty("ApplicationName", applicationName);
        return props;
    }

    Connection take() throws InterruptedException {
        Connection c = idle.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
        if (c == null) {
            throw new IllegalStateException("no free connection within " + timeout);
        }
        return c;
    }

    void give(Connection c) {
        idle.add(c);
    }

    @Override
    public void close() {
        for (Connection c : all) {
            try {
                c.close();
            } catch (SQLException ignored) {
                // closing anyway
            }
        }
    }
}
