package de.netzwerkbuero.bench;

import java.io.InputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * DESIGN.md's target "audit export of 1 million entries streams at over 100,000 rows/s in bounded memory".
 * Seeds {@code platform.audit_entry} up to {@code --entries} rows if fewer exist (JDBC batches, ids from
 * platform.audit_seq in blocks of 50, changes as the application writes them, unchained: the server's chainer
 * links them afterwards, 5,000 per second), optionally waits for the chainer to catch up, then streams
 * {@code GET /api/v1/audit/export} as auditor, counts the rows and samples the server's resident memory
 * (/proc/PID/status as ServerFootprint reads it) before, during and after. Never calls the verification endpoint.
 */
public final class AuditExportBench {

    static final Map<String, String> OPTIONS = new LinkedHashMap<>();

    static {
        OPTIONS.put("base-url", "http://localhost:8080");
        OPTIONS.put("user", "auditor");
        OPTIONS.put("password", "auditor-netzwerk");
        OPTIONS.put("db-url", "jdbc:postgresql://localhost:5432/bench");
        OPTIONS.put("db-user", "postgres");
        OPTIONS.put("db-password", "");
        OPTIONS.put("parts", "seed,export");
        OPTIONS.put("entries", "1000000");
        OPTIONS.put("batch", "5000");
        OPTIONS.put("wait-chained-seconds", "600");
        OPTIONS.put("pid", "");
        OPTIONS.put("sample-ms", "250");
        OPTIONS.put("max-seconds", "300");
        OPTIONS.put("timeout-seconds", "60");
        OPTIONS.put("seed", "20240614");
    }

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final String[][] KINDS = {
            {"Member", "member.updated", "status", "ACTIVE", "SUSPENDED"},
            {"Member", "member.transition", "status", "IN_REVIEW", "ADMITTED"},
            {"Contact", "contact.updated", "functionName", "Hauptamt", "Bürgermeister*in"},
            {"Registration", "registration.created", "status", null, "CONFIRMED"},
            {"Registration", "registration.cancelled", "status", "CONFIRMED", "CANCELLED"},
            {"Project", "project.updated", "approvedAmount", "120000.00", "135000.00"},
            {"Report", "report.submitted", "status", "DRAFT", "SUBMITTED"},
            {"Report", "report.reviewed", "status", "IN_REVIEW", "ACCEPTED"},
            {"Event", "event.published", "status", "DRAFT", "PUBLISHED"},
            {"User", "login", "result", null, "success"}};
    private static final String[] ACTORS = {"office", "admin", "lead", "lead2", "auditor", "system"};

    private AuditExportBench() {
    }

    public static void main(String[] argv) throws Exception {
        Args args = Args.parse(argv, OPTIONS);
        if (args.help()) {
            System.out.println("AuditExportBench: streamed audit export of a million entries\n" + args.usage());
            return;
        }
        String started = OffsetDateTime.now().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        System.out.println("AuditExportBench " + started);
        System.out.println("Machine: " + Machine.describe());
        String url = Localhost.jdbc(args.get("db-url"));
        Localhost.http(args.get("base-url"));
        Properties props = JdbcPool.properties(args, "netzwerkbuero-bench-seed");
        props.setProperty("reWriteBatchedInserts", "true");
        long total;
        long unchained;
        try (Connection db = DriverManager.getConnection(url, props)) {
            if (args.get("parts").contains("seed")) {
                seed(db, args);
            }
            if (!args.get("parts").contains("export")) {
                return;
            }
            unchained = waitForChainer(db, Duration.ofSeconds(args.longValue("wait-chained-seconds")));
            total = SeedMembership.count(db, "SELECT count(*) FROM platform.audit_entry");
        }
        long pid = serverPid(args);
        export(args, started, total, unchained, pid);
    }

    private static void seed(Connection db, Args args) throws SQLException {
        long existing = SeedMembership.count(db, "SELECT count(*) FROM platform.audit_entry");
        int target = args.integer("entries");
        System.out.printf(Locale.ROOT, "Audit entries: %,d%n", existing);
        if (existing >= target) {
            System.out.println("Enough entries: nothing to seed.");
            return;
        }
        int n = (int) (target - existing);
        int batch = args.integer("batch");
        SplittableRandom random = new SplittableRandom(args.longValue("seed"));
        long t0 = System.nanoTime();
        db.setAutoCommit(false);
        Deque<Long> ids = SeedMembership.reserve(db, "platform.audit_seq", n);
        OffsetDateTime now = OffsetDateTime.now(BERLIN);
        // Spread over the last year, oldest first, so that time follows the ids as with the application.
        long spanSeconds = 365L * 24 * 3600;
        try (PreparedStatement ps = db.prepareStatement("INSERT INTO platform.audit_entry (id, at, actor, action, "
                + "entity_type, entity_id, changes, position, previous_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, NULL, "
                + "NULL, NULL)")) {
            for (int i = 0; i < n; i++) {
                String[] kind = KINDS[random.nextInt(KINDS.length)];
                String actor = kind[1].equals("login") ? ACTORS[random.nextInt(ACTORS.length - 1)]
                        : ACTORS[random.nextInt(ACTORS.length)];
                ps.setLong(1, ids.removeFirst());
                ps.setObject(2, now.minusSeconds(spanSeconds - spanSeconds * i / n), Types.TIMESTAMP_WITH_TIMEZONE);
                ps.setString(3, actor);
                ps.setString(4, kind[1]);
                ps.setString(5, kind[0]);
                ps.setString(6, kind[0].equals("User") ? actor : String.valueOf(50 + random.nextInt(250_000)));
                ps.setString(7, "{\"" + kind[2] + "\":{\"before\":" + (kind[3] == null ? "null" : "\"" + kind[3] + "\"")
                        + ",\"after\":\"" + kind[4] + "\"}}");
                ps.addBatch();
                if ((i + 1) % batch == 0) {
                    ps.executeBatch();
                    if ((i + 1) % 100_000 == 0) {
                        System.out.printf(Locale.ROOT, "  %,d inserted%n", i + 1);
                    }
                }
            }
            ps.executeBatch();
        }
        db.commit();
        db.setAutoCommit(true);
        SeedFunding.analyze(db, "platform", List.of("audit_entry"));
        System.out.printf(Locale.ROOT, "Inserted %,d audit entries (unchained) in %.1f s; the server's chainer links "
                + "them in batches of 5,000 per second%n", n, SeedMembership.secs(System.nanoTime() - t0));
    }

    /** Waits (bounded) until the server's chainer has linked the seeded entries; answers what is still unchained. */
    private static long waitForChainer(Connection db, Duration limit) throws SQLException, InterruptedException {
        long end = System.nanoTime() + limit.toNanos();
        long unchained = SeedMembership.count(db, "SELECT count(*) FROM platform.audit_entry WHERE position IS NULL");
        long last = -1;
        while (unchained > 0 && System.nanoTime() < end) {
            if (unchained == last) {
                System.out.printf(Locale.ROOT, "  %,d entries unchained and not moving: is the server running on this "
                        + "database? Measuring anyway.%n", unchained);
                break;
            }
            System.out.printf(Locale.ROOT, "  waiting for the chainer: %,d entries unchained%n", unchained);
            last = unchained;
            Thread.sleep(10_000);
            unchained = SeedMembership.count(db, "SELECT count(*) FROM platform.audit_entry WHERE position IS NULL");
        }
        return unchained;
    }

    private static long serverPid(Args args) throws Exception {
        if (!args.get("pid").isBlank()) {
            return Long.parseLong(args.get("pid").trim());
        }
        List<Long> pids = ServerFootprint.wildflyPids();
        if (pids.size() == 1) {
            return pids.get(0);
        }
        System.out.println(pids.isEmpty() ? "No WildFly process found: memory not sampled (pass --pid)."
                : "Several WildFly processes " + pids + ": memory not sampled (pass --pid of the one on --base-url).");
        return -1;
    }

    private static long rssKib(long pid) {
        return pid < 0 ? -1 : ServerFootprint.kib(ServerFootprint.status(pid).get("VmRSS"));
    }

    private static void export(Args args, String started, long total, long unchained, long pid) throws Exception {
        Rest rest = new Rest(args.get("base-url"), args.get("user"), args.get("password"),
                Duration.ofSeconds(args.longValue("timeout-seconds")));
        long rssBefore = rssKib(pid);
        List<long[]> samples = new ArrayList<>(); // {ms since start, rss KiB, rows so far}
        AtomicLong rows = new AtomicLong();
        AtomicBoolean done = new AtomicBoolean();
        long t0 = System.nanoTime();
        Thread sampler = new Thread(() -> {
            while (!done.get()) {
                synchronized (samples) {
                    samples.add(new long[] {(System.nanoTime() - t0) / 1_000_000, rssKib(pid), rows.get()});
                }
                try {
                    Thread.sleep(args.longValue("sample-ms"));
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "bench-rss-sampler");
        sampler.setDaemon(true);
        if (pid >= 0) {
            sampler.start();
        }
        long deadline = t0 + Duration.ofSeconds(args.longValue("max-seconds")).toNanos();
        HttpRequest request = rest.request("/api/v1/audit/export").header("Accept", "text/csv").GET().build();
        HttpResponse<InputStream> response = rest.client.send(request, HttpResponse.BodyHandlers.ofInputStream());
        long firstByte = System.nanoTime() - t0;
        long bytes = 0;
        long newlines = 0;
        boolean cut = false;
        int status = response.statusCode();
        try (InputStream in = response.body()) {
            if (status != 200) {
                throw new IllegalStateException("GET /api/v1/audit/export: HTTP " + status + " "
                        + Rest.snippet(new String(in.readNBytes(500))));
            }
            byte[] buffer = new byte[1 << 16];
            int read;
            while ((read = in.read(buffer)) >= 0) {
                bytes += read;
                for (int i = 0; i < read; i++) {
                    if (buffer[i] == '\n') {
                        newlines++;
                    }
                }
                rows.set(Math.max(0, newlines - 1));
                if (System.nanoTime() > deadline) {
                    cut = true;
                    break;
                }
            }
        }
        long elapsed = System.nanoTime() - t0;
        done.set(true);
        sampler.join(2_000);
        Thread.sleep(2_000);
        long rssAfter = rssKib(pid);
        long exported = Math.max(0, newlines - 1);
        double rowsPerSecond = exported / (elapsed / 1e9);
        long maxRss = -1;
        long minRss = Long.MAX_VALUE;
        synchronized (samples) {
            for (long[] s : samples) {
                maxRss = Math.max(maxRss, s[1]);
                if (s[1] >= 0) {
                    minRss = Math.min(minRss, s[1]);
                }
            }
        }
        StringBuilder md = new StringBuilder();
        md.append("### Audit export (").append(started, 0, 10).append(")\n\n");
        md.append("- Machine: ").append(Machine.describe()).append('\n');
        md.append(String.format(Locale.ROOT, "- Data: %,d audit entries (%,d still unchained when the export started)%n",
                total, unchained));
        md.append("- Load: one `GET /api/v1/audit/export` as `").append(args.get("user")).append("` (HTTP Basic), body "
                + "streamed and its lines counted; server RSS (VmRSS of /proc/PID/status) sampled every ")
                .append(args.get("sample-ms")).append(" ms\n\n");
        md.append("| rows | bytes | first byte (ms) | total (s) | rows/s | MB/s | RSS before (MiB) | RSS max during "
                + "(MiB) | RSS after (MiB) |\n|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        md.append(String.format(Locale.ROOT, "| %,d | %,d | %.0f | %.2f | %,.0f | %.1f | %s | %s | %s |%n", exported,
                bytes, firstByte / 1e6, elapsed / 1e9, rowsPerSecond, bytes / 1e6 / (elapsed / 1e9),
                mibNumber(rssBefore), mibNumber(maxRss), mibNumber(rssAfter)));
        md.append(String.format(Locale.ROOT, "%nTarget (DESIGN.md): 1 million entries stream at over 100,000 rows/s in "
                        + "bounded memory.%n- %,.0f rows/s: %s%n", rowsPerSecond,
                rowsPerSecond > 100_000 ? "met" : "MISSED"));
        if (pid >= 0 && rssBefore > 0) {
            md.append(String.format(Locale.ROOT, "- memory: RSS grew by %s MiB at most during the export (min %s, max %s "
                            + "MiB over %d samples); bounded means it does not grow with the row count%n",
                    mibNumber(maxRss - rssBefore), mibNumber(minRss), mibNumber(maxRss), samples.size()));
            md.append("\nRSS over time (ms, MiB, rows so far): ");
            synchronized (samples) {
                int step = Math.max(1, samples.size() / 20);
                for (int i = 0; i < samples.size(); i += step) {
                    long[] s = samples.get(i);
                    md.append(String.format(Locale.ROOT, "%d/%s/%,d; ", s[0], mibNumber(s[1]), s[2]));
                }
            }
            md.append('\n');
        }
        if (exported < total) {
            md.append(String.format(Locale.ROOT, "- NOTE: %,d rows exported of %,d in the table%s%n", exported, total,
                    cut ? " (stopped by --max-seconds)" : ""));
        }
        System.out.println("\n----- Markdown for docs/benchmarks.md -----\n");
        System.out.println(md);
    }

    private static String mibNumber(long kib) {
        return kib < 0 ? "?" : String.format(Locale.ROOT, "%.0f", kib / 1024.0);
    }
}
