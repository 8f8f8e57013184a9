package de.netzwerkbuero.bench;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The deadline view over all projects and the project list at N concurrent clients (default 20), in one run:
 * {@code GET /api/v1/deadlines} (from/to windows, overdue=true) and {@code GET /api/v1/projects} (paging,
 * programId, status, overdue) as office with HTTP Basic, beside the SQL EclipseLink runs for
 * DeadlineRepository.page and ProjectRepository.page (page + count, both always counted) over JDBC. Markdown
 * output in MemberListBench's format. Only ever talks to localhost.
 */
public final class FundingBench {

    static final Map<String, String> OPTIONS = new LinkedHashMap<>();

    static {
        OPTIONS.put("base-url", "http://localhost:8080");
        OPTIONS.put("user", "office");
        OPTIONS.put("password", "office-netzwerk");
        OPTIONS.put("db-url", "jdbc:postgresql://localhost:5432/bench");
        OPTIONS.put("db-user", "postgres");
        OPTIONS.put("db-password", "");
        OPTIONS.put("clients", "20");
        OPTIONS.put("pool", "20");
        OPTIONS.put("warmup", "50");
        OPTIONS.put("requests", "250");
        OPTIONS.put("warmup-seconds", "60");
        OPTIONS.put("max-seconds", "120");
        OPTIONS.put("timeout-seconds", "30");
        OPTIONS.put("size", "20");
        OPTIONS.put("max-page", "0");
        OPTIONS.put("window-days", "90");
        OPTIONS.put("parts", "sql,rest");
        OPTIONS.put("seed", "42");
    }

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    static final String DEADLINE_COLUMNS = "d.id, d.deadline_key, d.due_on, d.fiscal_year, d.frozen, d.fulfilled_on, "
            + "d.fulfilment, d.kind, d.project_id, d.rule_set_version, d.title, d.version, p.funding_reference, "
            + "g.legal_basis";
    static final String PROJECT_COLUMNS = "p.id, p.approved_amount, p.funding_reference, p.lead_username, p.member_id, "
            + "p.own_share, p.period_end, p.period_start, p.programme_id, p.purpose_fulfilled_on, p.status, p.title, "
            + "p.version, p.ovr_basis, p.ovr_cost_tolerance, p.ovr_final_from_purpose, p.ovr_final_months, "
            + "p.ovr_interest_points, p.ovr_interim_months, p.ovr_retention_years, p.ovr_spend_window";
    private static final String OVERDUE_D = "(d.fulfilment = 'OPEN' AND d.due_on < ? AND d.kind <> 'RECEIPT_RETENTION')";
    private static final String OVERDUE_P = "EXISTS (SELECT d.id FROM funding.deadline d WHERE d.project_id = p.id "
            + "AND d.fulfilment = 'OPEN' AND d.due_on < ? AND d.kind <> 'RECEIPT_RETENTION')";

    private FundingBench() {
    }

    public static void main(String[] argv) throws Exception {
        Args args = Args.parse(argv, OPTIONS);
        if (args.help()) {
            System.out.println("FundingBench: deadline view and project list, REST and SQL\n" + args.usage());
            return;
        }
        new Run(args).run();
    }

    /** One kind of request: the deadline view or the project list with a filter. */
    record Query(String label, boolean deadlines, LocalDate from, LocalDate to, boolean overdue, Long programId,
                 String status) {

        String uri(int page, int size) {
            StringBuilder sb = new StringBuilder(deadlines ? "/api/v1/deadlines?" : "/api/v1/projects?");
            sb.append("page=").append(page).append("&size=").append(size);
            if (from != null) {
                sb.append("&from=").append(from);
            }
            if (to != null) {
                sb.append("&to=").append(to);
            }
            if (overdue) {
                sb.append("&overdue=true");
            }
            if (programId != null) {
                sb.append("&programId=").append(programId);
            }
            if (status != null) {
                sb.append("&status=").append(status);
            }
            return sb.toString();
        }

        /** WHERE as EclipseLink renders the repository's JPQL; parameters in order. */
        String where(LocalDate today, List<Object> params) {
            StringBuilder w = new StringBuilder(" WHERE 1 = 1");
            if (deadlines) {
                w.append(" AND d.project_id = p.id AND p.programme_id = g.id");
                if (from != null) {
                    w.append(" AND d.due_on >= ?");
                    params.add(from);
                }
                if (to != null) {
                    w.append(" AND d.due_on <= ?");
                    params.add(to);
                }
                if (overdue) {
                    w.append(" AND ").append(OVERDUE_D);
                    params.add(today);
                }
            } else {
                if (programId != null) {
                    w.append(" AND p.programme_id = ?");
                    params.add(programId);
                }
                if (status != null) {
                    w.append(" AND p.status = ?");
                    params.add(status);
                }
                if (overdue) {
                    w.append(" AND ").append(OVERDUE_P);
                    params.add(today);
                }
            }
            return w.toString();
        }

        String fromClause() {
            return deadlines ? " FROM funding.deadline d, funding.project p, funding.programme g"
                    : " FROM funding.project p";
        }

        String orderBy() {
            return deadlines ? " ORDER BY d.due_on ASC, d.id ASC" : " ORDER BY p.period_start ASC, p.id ASC";
        }
    }

    static int sqlPage(Connection db, Query q, LocalDate today, int page, int size) throws SQLException {
        List<Object> params = new ArrayList<>();
        String where = q.where(today, params);
        int rows = 0;
        try (PreparedStatement ps = db.prepareStatement("SELECT " + (q.deadlines() ? DEADLINE_COLUMNS : PROJECT_COLUMNS)
                + q.fromClause() + where + q.orderBy() + " LIMIT ? OFFSET ?")) {
            int i = bind(ps, params);
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
        sqlCount(db, q, today);
        return rows;
    }

    static long sqlCount(Connection db, Query q, LocalDate today) throws SQLException {
        List<Object> params = new ArrayList<>();
        String where = q.where(today, params);
        try (PreparedStatement ps = db.prepareStatement("SELECT COUNT(" + (q.deadlines() ? "d.id" : "p.id") + ")"
                + q.fromClause() + where)) {
            bind(ps, params);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static int bind(PreparedStatement ps, List<Object> params) throws SQLException {
        int i = 1;
        for (Object p : params) {
            ps.setObject(i++, p);
        }
        return i;
    }

    private static final class Run {
        private final Args args;
        private final int size;
        private final ClosedLoop.Settings settings;
        private final Set<String> parts;
        private final LocalDate today = LocalDate.now(BERLIN);
        private final List<Query> queries = new ArrayList<>();
        private long[] totals;
        private final Map<String, ClosedLoop.Result> results = new LinkedHashMap<>();

        Run(Args args) {
            this.args = args;
            this.size = args.integer("size");
            Localhost.http(args.get("base-url"));
            this.settings = new ClosedLoop.Settings(args.integer("clients"), args.integer("warmup"),
                    args.integer("requests"), Duration.ofSeconds(args.longValue("warmup-seconds")),
                    Duration.ofSeconds(args.longValue("max-seconds")), Duration.ofSeconds(args.longValue("timeout-seconds")),
                    args.longValue("seed"));
            this.parts = Stream.of(args.get("parts").split(",")).map(String::trim).filter(s -> !s.isEmpty())
                    .collect(Collectors.toSet());
        }

        void run() throws Exception {
            String started = OffsetDateTime.now().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
            System.out.println("FundingBench " + started);
            System.out.println("Machine: " + Machine.describe());
            String facts;
            try (Connection db = DriverManager.getConnection(Localhost.jdbc(args.get("db-url")),
                    JdbcPool.properties(args, "netzwerkbuero-bench"))) {
                long programme = SeedMembership.count(db, "SELECT COALESCE((SELECT programme_id FROM funding.project "
                        + "GROUP BY programme_id ORDER BY count(*) DESC, programme_id LIMIT 1), -1)");
                int window = args.integer("window-days");
                queries.add(new Query("deadlines from=today to=+" + window + "d", true, today, today.plusDays(window),
                        false, null, null));
                queries.add(new Query("deadlines from/to = year " + today.getYear(), true,
                        LocalDate.of(today.getYear(), 1, 1), LocalDate.of(today.getYear(), 12, 31), false, null, null));
                queries.add(new Query("deadlines overdue=true", true, null, null, true, null, null));
                queries.add(new Query("projects, no filter", false, null, null, false, null, null));
                queries.add(new Query("projects programId=" + programme, false, null, null, false, programme, null));
                queries.add(new Query("projects status=RUNNING", false, null, null, false, null, "RUNNING"));
                queries.add(new Query("projects overdue=true", false, null, null, true, null, null));
                totals = new long[queries.size()];
                for (int i = 0; i < totals.length; i++) {
                    totals[i] = sqlCount(db, queries.get(i), today);
                }
                String version;
                try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery("SHOW server_version")) {
                    rs.next();
                    version = rs.getString(1);
                }
                facts = String.format(Locale.ROOT, "PostgreSQL %s, %,d projects, %,d milestones, %,d reports, "
                                + "%,d deadlines (%,d open and overdue)", version,
                        SeedMembership.count(db, "SELECT count(*) FROM funding.project"),
                        SeedMembership.count(db, "SELECT count(*) FROM funding.milestone"),
                        SeedMembership.count(db, "SELECT count(*) FROM funding.report"),
                        SeedMembership.count(db, "SELECT count(*) FROM funding.deadline"), totals[2]);
            }
            System.out.println("Data: " + facts);
            for (int i = 0; i < queries.size(); i++) {
                System.out.printf(Locale.ROOT, "  %-36s %,7d rows, %,5d pages%n", queries.get(i).label(), totals[i],
                        pages(i));
            }
            ClosedLoop.Mix mix = r -> r.nextInt(queries.size());
            if (parts.contains("sql")) {
                try (JdbcPool pool = new JdbcPool(args.get("db-url"), JdbcPool.properties(args, "netzwerkbuero-bench"),
                        args.integer("pool"), settings.timeout())) {
                    results.put("sql", ClosedLoop.run("sql", "SQL page + count over JDBC (" + args.integer("pool")
                            + " connections), mix", settings, queries.size(), mix, c -> (k, r) -> {
                        Connection db = pool.take();
                        try {
                            sqlPage(db, queries.get(k), today, r.nextInt(pages(k)), size);
                            return true;
                        } finally {
                            pool.give(db);
                        }
                    }));
                }
            }
            if (parts.contains("rest")) {
                Rest rest = new Rest(args.get("base-url"), args.get("user"), args.get("password"), settings.timeout());
                Rest.requireList(rest.get(queries.get(0).uri(0, size)));
                results.put("rest", ClosedLoop.run("rest", "REST `GET /api/v1/deadlines` and `GET /api/v1/projects` "
                        + "as office, mix", settings, queries.size(), mix, c -> {
                    Rest client = rest.fork();
                    return (k, r) -> {
                        HttpResponse<String> answer = client.get(queries.get(k).uri(r.nextInt(pages(k)), size));
                        Rest.requireList(answer);
                        return true;
                    };
                }));
            }
            report(started, facts);
        }

        private int pages(int k) {
            long p = Math.max(1, (totals[k] + size - 1) / size);
            int max = args.integer("max-page");
            return (int) Math.min(max > 0 ? max : Integer.MAX_VALUE, p);
        }

        private void report(String started, String facts) {
            ClosedLoop.Result sql = results.get("sql");
            ClosedLoop.Result rest = results.get("rest");
            StringBuilder md = new StringBuilder();
            md.append("### Deadline view and project list at ").append(settings.clients())
                    .append(" concurrent clients (").append(started, 0, 10).append(")\n\n");
            md.append("- Machine: ").append(Machine.describe()).append('\n');
            md.append("- Data: ").append(facts).append('\n');
            md.append(String.format(Locale.ROOT, "- Load: %d clients, closed loop without think time, %d warm-up and %d "
                            + "measured requests per client; page size %d; mix (equally often): %s; pages uniformly "
                            + "random over each query's result; today = %s%n", settings.clients(), settings.warmup(),
                    settings.requests(), size, queries.stream().map(q -> "`" + q.label() + "`")
                            .collect(Collectors.joining(", ")), today));
            md.append('\n').append(ClosedLoop.TABLE_HEAD);
            for (ClosedLoop.Result r : results.values()) {
                md.append(ClosedLoop.row(r.description(), r.total(), r.throughput(), sql == null ? null : sql.total()));
            }
            if (sql != null && rest != null) {
                md.append("\nBy query (REST vs. SQL, same requests):\n\n| query | rows | REST p50 (ms) | REST p95 (ms) "
                        + "| SQL p95 (ms) | ratio |\n|---|---:|---:|---:|---:|---:|\n");
                for (int k = 0; k < queries.size(); k++) {
                    double a = rest.perCategory()[k].ms(95);
                    double b = sql.perCategory()[k].ms(95);
                    md.append(String.format(Locale.ROOT, "| `%s` | %,d | %.2f | %.2f | %.2f | %.2f |%n",
                            queries.get(k).label(), totals[k], rest.perCategory()[k].ms(50), a, b, a / b));
                }
            }
            md.append("\nTargets (DESIGN.md): deadline views over all projects p95 under 100 ms; list endpoints p95 "
                    + "under 50 ms and within 3× of the raw SQL.\n");
            if (rest != null) {
                Latency deadlines = new Latency();
                Latency projects = new Latency();
                Latency sqlProjects = new Latency();
                for (int k = 0; k < queries.size(); k++) {
                    (queries.get(k).deadlines() ? deadlines : projects).add(rest.perCategory()[k]);
                    if (sql != null && !queries.get(k).deadlines()) {
                        sqlProjects.add(sql.perCategory()[k]);
                    }
                }
                md.append(String.format(Locale.ROOT, "- deadline view (REST): p95 %.1f ms %s 100 ms%n", deadlines.ms(95),
                        deadlines.ms(95) < 100 ? "<" : "≥ (missed)"));
                double ratio = sqlProjects.count() == 0 ? Double.NaN : projects.ms(95) / sqlProjects.ms(95);
                md.append(String.format(Locale.ROOT, "- project list (REST): p95 %.1f ms %s 50 ms%s%n", projects.ms(95),
                        projects.ms(95) < 50 ? "<" : "≥ (missed)", Double.isNaN(ratio) ? ""
                                : String.format(Locale.ROOT, "; %.2f× SQL %s", ratio,
                                ratio <= 3 ? "(within 3×)" : "(missed: over 3×)")));
                if (rest.total().errors > 0) {
                    md.append("- ERRORS: ").append(rest.total().errors).append(" REST requests failed\n");
                }
            }
            ClosedLoop.notes(md, results.values());
            System.out.println("\n----- Markdown for docs/benchmarks.md -----\n");
            System.out.println(md);
        }
    }
}
