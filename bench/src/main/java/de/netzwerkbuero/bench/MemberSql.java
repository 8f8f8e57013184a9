package de.netzwerkbuero.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The SQL the member list endpoint causes, written as EclipseLink renders MemberRepository.page's JPQL on
 * PostgreSQL: the page ({@code SELECT <all columns> … WHERE 1 = 1 [AND status = ?] [AND kind = ?] [AND state = ?]
 * [AND (LOWER(name) LIKE ? ESCAPE '\' OR ags LIKE ? ESCAPE '\')] ORDER BY name ASC, id ASC LIMIT ? OFFSET ?}) and
 * the {@code COUNT(id)} with the same WHERE, which the repository skips only on a first page that is not full.
 */
final class MemberSql {

    static final String COLUMNS = "id, admission_round_id, created_at, email, founding_member, joined_on, kind, "
            + "leaves_on, name, population, state, status, version, website";

    private MemberSql() {
    }

    /** A filter of the list: any of status, state, kind and q (null: not filtered). */
    record Filter(String label, String status, String state, String kind, String q) {

        String queryString() {
            StringBuilder sb = new StringBuilder();
            append(sb, "status", status);
            append(sb, "state", state);
            append(sb, "kind", kind);
            append(sb, "q", q);
            return sb.toString();
        }

        private static void append(StringBuilder sb, String name, String value) {
            if (value != null) {
                sb.append('&').append(name).append('=')
                        .append(java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8));
            }
        }

        String where(List<String> params) {
            StringBuilder where = new StringBuilder(" WHERE 1 = 1");
            if (status != null) {
                where.append(" AND status = ?");
                params.add(status);
            }
            if (kind != null) {
                where.append(" AND kind = ?");
                params.add(kind);
            }
            if (state != null && !state.isBlank()) {
                where.append(" AND state = ?");
                params.add(state.trim().toUpperCase(Locale.ROOT));
            }
            if (q != null && !q.isBlank()) {
                where.append(" AND (LOWER(name) LIKE ? ESCAPE '\\' OR ags LIKE ? ESCAPE '\\')");
                params.add("%" + escape(q.trim().toLowerCase(Locale.GERMAN)) + "%");
                params.add(escape(q.trim().toLowerCase(Locale.GERMAN)) + "%");
            }
            return where.toString();
        }
    }

    private static String escape(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    /** Runs page and (if the endpoint would) count; answers the number of rows of the page. */
    static int page(Connection db, Filter filter, int page, int size) throws SQLException {
        List<String> params = new ArrayList<>();
        String where = filter.where(params);
        int rows = 0;
        try (PreparedStatement ps = db.prepareStatement("SELECT " + COLUMNS + " FROM membership.member" + where
                + " ORDER BY name ASC, id ASC LIMIT ? OFFSET ?")) {
            int i = 1;
            for (String p : params) {
                ps.setString(i++, p);
            }
            ps.setInt(i++, size);
            ps.setInt(i, page * size);
            try (ResultSet rs = ps.executeQuery()) {
                int columns = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    for (int c = 1; c <= columns; c++) {
                        rs.getObject(c);
                    }
                    rows++;
                }
            }
        }
        if (page * size != 0 || rows >= size) {
            count(db, filter);
        }
        return rows;
    }

    static long count(Connection db, Filter filter) throws SQLException {
        List<String> params = new ArrayList<>();
        String where = filter.where(params);
        try (PreparedStatement ps = db.prepareStatement("SELECT COUNT(id) FROM membership.member" + where)) {
            int i = 1;
            for (String p : params) {
                ps.setString(i++, p);
            }
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
