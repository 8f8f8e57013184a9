package de.netzwerkbuero.it.security;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Row counts of every table in the application's schemas, read over JDBC from the test database (the
 * {@code db.*} properties failsafe passes). Audit entries of logins are left out: every Basic request may log in.
 */
final class DatabaseCounts {

    private static final String[] SCHEMAS = {"platform", "membership", "funding", "events"};
    private static final String AUDIT = "platform.audit_entry";

    private DatabaseCounts() {
    }

    private static Connection connect() throws SQLException {
        return DriverManager.getConnection(System.getProperty("db.url"), System.getProperty("db.user"),
                System.getProperty("db.password"));
    }

    /** {@code schema.table → rows}, audit entries without logins. */
    static Map<String, Long> snapshot() {
        Map<String, Long> counts = new TreeMap<>();
        try (Connection connection = connect()) {
            List<String> tables = new ArrayList<>();
            try (PreparedStatement list = connection.prepareStatement("SELECT table_schema, table_name FROM "
                    + "information_schema.tables WHERE table_type = 'BASE TABLE' AND table_schema = ANY (?)")) {
                list.setArray(1, connection.createArrayOf("varchar", SCHEMAS));
                try (ResultSet rs = list.executeQuery()) {
                    while (rs.next()) {
                        tables.add(rs.getString(1) + "." + rs.getString(2));
                    }
                }
            }
            try (Statement statement = connection.createStatement()) {
                for (String table : tables) {
                    String sql = AUDIT.equals(table)
                            ? "SELECT count(*) FROM " + table + " WHERE action NOT LIKE 'LOGIN%'"
                            : "SELECT count(*) FROM " + table;
                    try (ResultSet rs = statement.executeQuery(sql)) {
                        rs.next();
                        counts.put(table, rs.getLong(1));
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot count the rows of the test database", e);
        }
        return counts;
    }

    /** The highest audit entry id now (to name what was written after it). */
    static long lastAuditId() {
        try (Connection connection = connect(); Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT coalesce(max(id), 0) FROM " + AUDIT)) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Audit entries other than logins written after {@code afterId}: "action entityType entityId by actor". */
    static List<String> auditedSince(long afterId) {
        List<String> entries = new ArrayList<>();
        try (Connection connection = connect(); PreparedStatement query = connection.prepareStatement(
                "SELECT action, entity_type, entity_id, actor FROM " + AUDIT
                        + " WHERE id > ? AND action NOT LIKE 'LOGIN%' ORDER BY id")) {
            query.setLong(1, afterId);
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    entries.add(rs.getString(1) + " " + rs.getString(2) + " " + rs.getString(3) + " by " + rs.getString(4));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return entries;
    }

    /** The tables whose counts differ, as "table: before → after". */
    static List<String> differences(Map<String, Long> before, Map<String, Long> after) {
        List<String> differences = new ArrayList<>();
        TreeMap<String, Long> all = new TreeMap<>(after);
        before.forEach(all::putIfAbsent);
        all.keySet().forEach(table -> {
            Long b = before.get(table);
            Long a = after.get(table);
            if (b == null || !b.equals(a)) {
                differences.add(table + ": " + b + " → " + a);
            }
        });
        return differences;
    }
}
