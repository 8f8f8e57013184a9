package de.netzwerkbuero.bench;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Events under load, in one run. (a) Registrations on one hot event: an event created and published through the
 * REST API as office, then {@code --registrations} POSTs with unique e-mails from each of {@code --concurrency}
 * client counts; beside it the same conditional-update SQL straight against PostgreSQL on a second event row
 * (one transaction per registration: take a place with {@code UPDATE … WHERE confirmed_count < capacity}, else
 * draw a waiting-list number; then INSERT the registration and one {@code events.cancel_link} row, the SHA-256 of
 * a fresh token). Registrations/s, p95, CONFIRMED/WAITLISTED and the overbookings as SQL counts them afterwards
 * (must be 0). (b) The event list and one event's registration list at {@code --clients} clients, REST beside the
 * SQL of EventRepository/RegistrationRepository. Markdown output in MemberListBench's format. Only ever talks to
 * localhost.
 */
public final class EventsBench {

    static final Map<String, String> OPTIONS = new LinkedHashMap<>();

    static {
        OPTIONS.put("base-url", "http://localhost:8080");
        OPTIONS.put("user", "office");
        OPTIONS.put("password", "office-netzwerk");
        OPTIONS.put("db-url", "jdbc:postgresql://localhost:5432/bench");
        OPTIONS.put("db-user", "postgres");
        OPTIONS.put("db-password", "");
        OPTIONS.put("parts", "register,register-sql,lists-sql,lists");
        OPTIONS.put("capacity", "500");
        OPTIONS.put("registrations", "2000");
        OPTIONS.put("concurrency", "16,32");
        OPTIONS.put("register-max-seconds", "300");
        OPTIONS.put("clients", "20");
        OPTIONS.put("pool", "20");
        OPTIONS.put("warmup", "50");
        OPTIONS.put("requests", "250");
        OPTIONS.put("warmup-seconds", "60");
        OPTIONS.put("max-seconds", "120");
        OPTIONS.put("timeout-seconds", "30");
        OPTIONS.put("size", "20");
        OPTIONS.put("max-page", "0");
        OPTIONS.put("q", "Leerstand");
        OPTIONS.put("big-events", "50");
        OPTIONS.put("seed", "42");
    }

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    static final String EVENT_COLUMNS = "e.id, e.audience, e.calendar_sequence, e.cancel_reason, e.cancelled_at, "
            + "e.capacity, e.confirmed_count, e.created_at, e.description, e.ends_at, e.event_type, e.format, "
            + "e.host_member_id, e.last_waitlist_number, e.online_url, e.per_member_quota, e.project_id, "
            + "e.published_at, e.registration_closes_at, e.registration_opens_at, e.starts_at, e.status, e.title, "
            + "e.updated_at, e.venue, e.version";
    static final String REGISTRATION_COLUMNS = "r.id, r.active_email, r.cancelled_at, r.checked_in_at, "
            + "r.confirmed_at, r.contact_id, r.email, r.erased_at, r.event_id, r.first_name, r.last_name, "
            + "r.member_id, r.organisation, r.registered_at, r.reminder_sent_at, r.status, r.version, "
            + "r.waitlist_number";

    private EventsBench() {
    }

    public static void main(String[] argv) throws Exception {
        Args args = Args.parse(argv, OPTIONS);
        if (args.help()) {
            System.out.println("EventsBench: hot-event registrations and event lists, REST and SQL\n" + args.usage());
            return;
        }
        new Run(args).run();
    }

    /** What a burst of registrations on one event gave. */
    record Burst(String label, long eventId, int clients, Latency latency, long wallNanos, long confirmed,
                 long waitlisted, long rows, int capacity, int confirmedCount, long overbooked, boolean cut,
                 List<String> errors) {
        double perSecond() {
            return wallNanos <= 0 ? 0 : latency.count() / (wallNanos / 1e9);
        }
    }

    /** One kind of list request. */
    record ListQuery(String label, boolean registrations, String type, String status, LocalDate from, LocalDate to,
                     String q) {
    }

    private static final class Run {
        private final Args args;
        private final Set<String> parts;
        private final int size;
        private final ClosedLoop.Settings settings;
        private final LocalDate today = LocalDate.now(BERLIN);
        private final String url;
        private final List<Burst> bursts = new ArrayList<>();
        private final List<ListQuery> queries = new ArrayList<>();
        private long[] totals;
        private long[] bigEvents;
        private long[][] bigTotals;
        private final Map<String, ClosedLoop.Result> results = new LinkedHashMap<>();
        private final List<String> notes = new ArrayList<>();

        Run(Args args) {
            this.args = args;
            this.parts = Stream.of(args.get("parts").split(",")).map(String::trim).filter(s -> !s.isEmpty())
                    .collect(Collectors.toSet());
            this.size = args.integer("size");
            this.url = Localhost.jdbc(args.get("db-url"));
            Localhost.http(args.get("base-url"));
            this.settings = new ClosedLoop.Settings(args.integer("clients"), args.integer("warmup"),
                    args.integer("requests"), Duration.ofSeconds(args.longValue("warmup-seconds")),
                    Duration.ofSeconds(args.longValue("max-seconds")), Duration.ofSeconds(args.longValue("timeout-seconds")),
                    args.longValue("seed"));
        }

        private Connection connect() throws SQLException {
            return DriverManager.getConnection(url, JdbcPool.properties(args, "netzwerkbuero-bench"));
        }

        void run() throws Exception {
            String started = OffsetDateTime.now().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
            System.out.println("EventsBench " + started);
            System.out.println("Machine: " + Machine.describe());
            String facts;
            try (Connection db = connect()) {
                facts = String.format(Locale.ROOT, "%,d events, %,d registrations",
                        SeedMembership.count(db, "SELECT count(*) FROM events.event"),
                        SeedMembership.count(db, "SELECT count(*) FROM events.registration"));
            }
            System.out.println("Data: " + facts);
            Rest rest = new Rest(args.get("base-url"), args.get("user"), args.get("password"), settings.timeout());
            for (String c : args.get("concurrency").split(",")) {
                int clients = Integer.parseInt(c.trim());
                if (parts.contains("register")) {
                    bursts.add(restBurst(rest, clients));
                }
                if (parts.contains("register-sql")) {
                    bursts.add(sqlBurst(clients));
                }
            }
            if (parts.contains("lists-sql") || parts.contains("lists")) {
                lists(rest);
            }
            report(started, facts);
        }

        // ---------------------------------------------------------------- (a) hot event

        private Burst restBurst(Rest rest, int clients) throws Exception {
            int capacity = args.integer("capacity");
            OffsetDateTime now = OffsetDateTime.now(BERLIN).withNano(0);
            DateTimeFormatter iso = DateTimeFormatter.ISO_OFFSET_DATE_TIME;
            String title = "Benchmark hot event REST " + clients + " clients " + now.toLocalDateTime();
            String body = "{\"type\":\"WORKSHOP\",\"format\":\"ONLINE\",\"title\":" + Rest.json(title)
                    + ",\"description\":\"Lasttest der Anmeldung\",\"startsAt\":\"" + iso.format(now.plusDays(30)) + "\""
                    + ",\"endsAt\":\"" + iso.format(now.plusDays(30).plusHours(3)) + "\",\"onlineUrl\":\"https://meet.example.org/bench\""
                    + ",\"capacity\":" + capacity + ",\"audience\":\"PUBLIC\",\"registrationOpensAt\":\""
                    + iso.format(now.minusHours(1)) + "\",\"registrationClosesAt\":\"" + iso.format(now.plusDays(29)) + "\"}";
            HttpResponse<String> created = rest.postJson("/api/v1/events", body);
            if (created.statusCode() != 201) {
                throw new IllegalStateException("POST /api/v1/events: HTTP " + created.statusCode() + " "
                        + Rest.snippet(created.body()));
            }
            long id = Rest.number(created.body(), "id");
            HttpResponse<String> published = rest.postJson("/api/v1/events/" + id + "/publish", "");
            if (published.statusCode() != 200) {
                throw new IllegalStateException("POST /api/v1/events/" + id + "/publish: HTTP "
                        + published.statusCode() + " " + Rest.snippet(published.body()));
            }
            System.out.printf(Locale.ROOT, "== register (REST): event %d, capacity %d, %d registrations from %d clients%n",
                    id, capacity, args.integer("registrations"), clients);
            return burst("REST `POST /api/v1/events/{id}/registrations`", id, clients, capacity, c -> {
                Rest client = rest.fork();
                return i -> {
                    HttpResponse<String> r = client.postJson("/api/v1/events/" + id + "/registrations",
                            "{\"firstName\":\"Hot\",\"lastName\":\"Bench " + i + "\",\"email\":\"hot-" + id + "-" + i
                                    + "@bench.example.org\"}");
                    if (r.statusCode() != 201) {
                        throw new IllegalStateException("HTTP " + r.statusCode() + " " + Rest.snippet(r.body()));
                    }
                    return Rest.string(r.body(), "status");
                };
            });
        }

        private Burst sqlBurst(int clients) throws Exception {
            int capacity = args.integer("capacity");
            int n = args.integer("registrations");
            long id;
            Deque<Long> ids;
            try (Connection db = connect()) {
                id = SeedMembership.reserve(db, "events.event_seq", 1).removeFirst();
                ids = new ConcurrentLinkedDeque<>(SeedMembership.reserve(db, "events.registration_seq", n));
                OffsetDateTime now = OffsetDateTime.now(BERLIN);
                try (PreparedStatement ps = db.prepareStatement("INSERT INTO events.event (id, event_type, format, "
                        + "title, description, starts_at, ends_at, online_url, capacity, audience, "
                        + "registration_opens_at, registration_closes_at, status, confirmed_count, last_waitlist_number, "
                        + "calendar_sequence, created_at, updated_at, published_at, version) VALUES (?, 'WORKSHOP', "
                        + "'ONLINE', ?, 'Lasttest der Anmeldung (SQL)', ?, ?, 'https://meet.example.org/bench', ?, "
                        + "'PUBLIC', ?, ?, 'PUBLISHED', 0, 0, 0, ?, ?, ?, 2)")) {
                    ps.setLong(1, id);
                    ps.setString(2, "Benchmark hot event SQL " + clients + " clients " + now.toLocalDateTime());
                    ps.setObject(3, now.plusDays(30), Types.TIMESTAMP_WITH_TIMEZONE);
                    ps.setObject(4, now.plusDays(30).plusHours(3), Types.TIMESTAMP_WITH_TIMEZONE);
                    ps.setInt(5, capacity);
                    ps.setObject(6, now.minusHours(1), Types.TIMESTAMP_WITH_TIMEZONE);
                    ps.setObject(7, now.plusDays(29), Types.TIMESTAMP_WITH_TIMEZONE);
                    ps.setObject(8, now, Types.TIMESTAMP_WITH_TIMEZONE);
                    ps.setObject(9, now, Types.TIMESTAMP_WITH_TIMEZONE);
                    ps.setObject(10, now, Types.TIMESTAMP_WITH_TIMEZONE);
                    ps.executeUpdate();
                }
            }
            System.out.printf(Locale.ROOT, "== register (SQL): event %d, capacity %d, %d registrations from %d clients%n",
                    id, capacity, n, clients);
            List<Connection> opened = new CopyOnWriteArrayList<>();
            try {
                return burst("SQL conditional update + INSERT, one transaction each", id, clients, capacity, c -> {
                    Connection db = connect();
                    opened.add(db);
                    db.setAutoCommit(false);
                    PreparedStatement take = db.prepareStatement("UPDATE events.event SET confirmed_count = "
                            + "confirmed_count + 1 WHERE id = ? AND confirmed_count < capacity AND status = 'PUBLISHED'");
                    PreparedStatement draw = db.prepareStatement("UPDATE events.event SET last_waitlist_number = "
                            + "last_waitlist_number + 1 WHERE id = ? AND status = 'PUBLISHED' RETURNING last_waitlist_number");
                    PreparedStatement insert = db.prepareStatement("INSERT INTO events.registration (id, event_id, "
                            + "first_name, last_name, email, active_email, status, waitlist_number, registered_at, "
                            + "confirmed_at, version) VALUES (?, ?, 'Hot', ?, ?, ?, ?, ?, ?, ?, 1)");
                    // The confirmation / waiting-list mail hands out a personal cancel link in the same
                    // transaction: a fresh 32-byte token, only its SHA-256 stored (RegistrationRepository).
                    PreparedStatement link = db.prepareStatement("INSERT INTO events.cancel_link (token_hash, "
                            + "registration_id, created_at) VALUES (?, ?, ?)");
                    byte[] token = new byte[32];
                    MessageDigest sha256 = SeedEvents.sha256();
                    return i -> {
                        try {
                            take.setLong(1, id);
                            boolean seat = take.executeUpdate() == 1;
                            Long number = null;
                            if (!seat) {
                                draw.setLong(1, id);
                                try (ResultSet rs = draw.executeQuery()) {
                                    if (!rs.next()) {
                                        throw new IllegalStateException("event " + id + " not published");
                                    }
                                    number = rs.getLong(1);
                                }
                            }
                            String email = "hot-" + id + "-" + i + "@bench.example.org";
                            OffsetDateTime at = OffsetDateTime.now(BERLIN);
                            ThreadLocalRandom.current().nextBytes(token);
                            long registrationId = ids.removeFirst();
                            insert.setLong(1, registrationId);
                            insert.setLong(2, id);
                            insert.setString(3, "Bench " + i);
                            insert.setString(4, email);
                            insert.setString(5, email);
                            insert.setString(6, seat ? "CONFIRMED" : "WAITLISTED");
                            insert.setObject(7, number, Types.BIGINT);
                            insert.setObject(8, at, Types.TIMESTAMP_WITH_TIMEZONE);
                            insert.setObject(9, seat ? at : null, Types.TIMESTAMP_WITH_TIMEZONE);
                            insert.executeUpdate();
                            link.setString(1, SeedEvents.cancelTokenHash(sha256, token));
                            link.setLong(2, registrationId);
                            link.setObject(3, at, Types.TIMESTAMP_WITH_TIMEZONE);
                            link.executeUpdate();
                            db.commit();
                            return seat ? "CONFIRMED" : "WAITLISTED";
                        } catch (SQLException | RuntimeException e) {
                            db.rollback();
                            throw e;
                        }
                    };
                });
            } finally {
                for (Connection c : opened) {
                    c.close();
                }
            }
        }

        interface Registrar {
            /** Registers person {@code i}; answers the status (CONFIRMED / WAITLISTED). */
            String register(int i) throws Exception;
        }

        interface RegistrarFactory {
            Registrar open(int client) throws Exception;
        }

        private Burst burst(String label, long eventId, int clients, int capacity, RegistrarFactory factory)
                throws Exception {
            int n = args.integer("registrations");
            long limit = System.nanoTime() + Duration.ofSeconds(args.longValue("register-max-seconds")).toNanos();
            AtomicInteger next = new AtomicInteger();
            AtomicLong lastEnd = new AtomicLong();
            AtomicInteger confirmed = new AtomicInteger();
            AtomicInteger waitlisted = new AtomicInteger();
            List<Latency> latencies = new CopyOnWriteArrayList<>();
            List<String> errors = new CopyOnWriteArrayList<>();
            List<Registrar> registrars = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                registrars.add(factory.open(c));
            }
            // One unmeasured request per client would distort "N registrations": none; the JIT warms on the fly.
            List<Thread> threads = new ArrayList<>();
            long start = System.nanoTime();
            for (int c = 0; c < clients; c++) {
                Registrar registrar = registrars.get(c);
                Thread t = new Thread(() -> {
                    Latency latency = new Latency();
                    for (int i = next.getAndIncrement(); i < n && System.nanoTime() < limit; i = next.getAndIncrement()) {
                        long t0 = System.nanoTime();
                        try {
                            String status = registrar.register(i);
                            latency.record(System.nanoTime() - t0);
                            if ("CONFIRMED".equals(status)) {
                                confirmed.incrementAndGet();
                            } else if ("WAITLISTED".equals(status)) {
                                waitlisted.incrementAndGet();
                            }
                        } catch (Exception e) {
                            latency.errors++;
                            ClosedLoop.sample(errors, e.toString());
                        }
                    }
                    lastEnd.accumulateAndGet(System.nanoTime(), Math::max);
                    latencies.add(latency);
                }, "bench-register-" + c);
                t.setDaemon(true);
                threads.add(t);
                t.start();
            }
            for (Thread t : threads) {
                t.join(Duration.ofSeconds(args.longValue("register-max-seconds")).toMillis()
                        + settings.timeout().toMillis() + 5_000);
            }
            Latency total = new Latency();
            latencies.forEach(total::add);
            long wall = Math.max(0, lastEnd.get() - start);
            boolean cut = next.get() < n;
            // The database's own count, after the fact.
            long rowsConfirmed = 0;
            long rowsWaiting = 0;
            long rows = 0;
            int cap;
            int count;
            try (Connection db = connect()) {
                try (PreparedStatement ps = db.prepareStatement("SELECT capacity, confirmed_count FROM events.event "
                        + "WHERE id = ?")) {
                    ps.setLong(1, eventId);
                    try (ResultSet rs = ps.executeQuery()) {
                        rs.next();
                        cap = rs.getInt(1);
                        count = rs.getInt(2);
                    }
                }
                try (PreparedStatement ps = db.prepareStatement("SELECT status, count(*) FROM events.registration "
                        + "WHERE event_id = ? GROUP BY status")) {
                    ps.setLong(1, eventId);
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            rows += rs.getLong(2);
                            if (Set.of("CONFIRMED", "ATTENDED", "NO_SHOW").contains(rs.getString(1))) {
                                rowsConfirmed += rs.getLong(2);
                            } else if (rs.getString(1).equals("WAITLISTED")) {
                                rowsWaiting += rs.getLong(2);
                            }
                        }
                    }
                }
            }
            long overbooked = Math.max(0, rowsConfirmed - cap) + Math.max(0, count - cap);
            Burst b = new Burst(label, eventId, clients, total, wall, rowsConfirmed, rowsWaiting, rows, cap, count,
                    overbooked, cut, List.copyOf(errors));
            System.out.printf(Locale.ROOT, "   %,d ok (answers: %,d confirmed, %,d waitlisted), %,d errors, %.1f/s, p50 %.2f ms, "
                            + "p95 %.2f ms, p99 %.2f ms; in the database: %,d rows, %,d holding a place, %,d waiting, "
                            + "confirmed_count %d of %d, overbooked %d%s%n%n", total.count(), confirmed.get(),
                    waitlisted.get(), total.errors, b.perSecond(), total.ms(50), total.ms(95), total.ms(99), rows,
                    rowsConfirmed, rowsWaiting, count, cap, overbooked, cut ? " (stopped by --register-max-seconds)" : "");
            errors.stream().limit(3).forEach(e -> System.out.println("   error sample: " + e));
            return b;
        }

        // ---------------------------------------------------------------- (b) lists

        private void lists(Rest rest) throws Exception {
            String q = args.get("q");
            queries.add(new ListQuery("events, no filter", false, null, null, null, null, null));
            queries.add(new ListQuery("events status=PUBLISHED", false, null, "PUBLISHED", null, null, null));
            queries.add(new ListQuery("events type=WORKSHOP", false, "WORKSHOP", null, null, null, null));
            queries.add(new ListQuery("events from=today to=+90d", false, null, null, today, today.plusDays(90), null));
            queries.add(new ListQuery("events q=" + q, false, null, null, null, null, q));
            queries.add(new ListQuery("registrations of a big event", true, null, null, null, null, null));
            queries.add(new ListQuery("registrations status=CONFIRMED", true, null, "CONFIRMED", null, null, null));
            try (Connection db = connect()) {
                totals = new long[queries.size()];
                for (int k = 0; k < 5; k++) {
                    totals[k] = countEvents(db, queries.get(k));
                }
                List<long[]> big = new ArrayList<>();
                try (PreparedStatement ps = db.prepareStatement("SELECT event_id, count(*), count(*) FILTER (WHERE "
                        + "status = 'CONFIRMED') FROM events.registration GROUP BY event_id ORDER BY 2 DESC, 1 LIMIT ?")) {
                    ps.setInt(1, args.integer("big-events"));
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            big.add(new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3)});
                        }
                    }
                }
                if (big.isEmpty()) {
                    throw new IllegalStateException("no registrations: run SeedEvents first");
                }
                bigEvents = big.stream().mapToLong(b -> b[0]).toArray();
                bigTotals = big.stream().map(b -> new long[] {b[1], b[2]}).toArray(long[][]::new);
                totals[5] = big.stream().mapToLong(b -> b[1]).sum() / big.size();
                totals[6] = big.stream().mapToLong(b -> b[2]).sum() / big.size();
            }
            for (int k = 0; k < queries.size(); k++) {
                System.out.printf(Locale.ROOT, "  %-34s %,7d rows%s%n", queries.get(k).label(), totals[k],
                        queries.get(k).registrations() ? " (mean over the " + bigEvents.length + " events with most "
                                + "registrations; each request picks one)" : "");
            }
            ClosedLoop.Mix mix = r -> r.nextInt(queries.size());
            if (parts.contains("lists-sql")) {
                try (JdbcPool pool = new JdbcPool(url, JdbcPool.properties(args, "netzwerkbuero-bench"),
                        args.integer("pool"), settings.timeout())) {
                    results.put("sql", ClosedLoop.run("lists-sql", "SQL of the list endpoints over JDBC ("
                            + args.integer("pool") + " connections), mix", settings, queries.size(), mix, c -> (k, r) -> {
                        Connection db = pool.take();
                        try {
                            Pick p = pick(k, r);
                            if (queries.get(k).registrations()) {
                                sqlRegistrations(db, p.event(), queries.get(k).status(), p.page());
                            } else {
                                sqlEvents(db, queries.get(k), p.page());
                            }
                            return true;
                        } finally {
                            pool.give(db);
                        }
                    }));
                }
            }
            if (parts.contains("lists")) {
                results.put("rest", ClosedLoop.run("lists", "REST `GET /api/v1/events` and "
                        + "`GET /api/v1/events/{id}/registrations` as office, mix", settings, queries.size(), mix, c -> {
                    Rest client = rest.fork();
                    return (k, r) -> {
                        Pick p = pick(k, r);
                        Rest.requireList(client.get(uri(queries.get(k), p)));
                        return true;
                    };
                }));
            }
        }

        record Pick(long event, int page) {
        }

        private Pick pick(int k, SplittableRandom r) {
            int max = args.integer("max-page");
            if (!queries.get(k).registrations()) {
                return new Pick(-1, r.nextInt(pages(totals[k], max)));
            }
            int e = r.nextInt(bigEvents.length);
            long rows = bigTotals[e][queries.get(k).status() == null ? 0 : 1];
            return new Pick(bigEvents[e], r.nextInt(pages(rows, max)));
        }

        private int pages(long rows, int max) {
            long p = Math.max(1, (rows + size - 1) / size);
            return (int) Math.min(max > 0 ? max : Integer.MAX_VALUE, p);
        }

        private String uri(ListQuery q, Pick p) {
            StringBuilder sb = new StringBuilder(q.registrations() ? "/api/v1/events/" + p.event() + "/registrations?"
                    : "/api/v1/events?");
            sb.append("page=").append(p.page()).append("&size=").append(size);
            if (q.type() != null) {
                sb.append("&type=").append(q.type());
            }
            if (q.status() != null) {
                sb.append("&status=").append(q.status());
            }
            if (q.from() != null) {
                sb.append("&from=").append(q.from()).append("&to=").append(q.to());
            }
            if (q.q() != null) {
                sb.append("&q=").append(URLEncoder.encode(q.q(), StandardCharsets.UTF_8));
            }
            return sb.toString();
        }

        /** WHERE of EventRepository.where for the office (scope: all events). */
        private String eventWhere(ListQuery q, List<Object> params) {
            StringBuilder w = new StringBuilder(" WHERE 1 = 1");
            if (q.type() != null) {
                w.append(" AND e.event_type = ?");
                params.add(q.type());
            }
            if (q.status() != null) {
                w.append(" AND e.status = ?");
                params.add(q.status());
            }
            if (q.from() != null) {
                w.append(" AND e.starts_at >= ? AND e.starts_at < ?");
                params.add(q.from().atStartOfDay(BERLIN).toOffsetDateTime());
                params.add(q.to().plusDays(1).atStartOfDay(BERLIN).toOffsetDateTime());
            }
            if (q.q() != null && !q.q().isBlank()) {
                String pattern = "%" + q.q().trim().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%")
                        .replace("_", "\\_") + "%";
                w.append(" AND (LOWER(e.title) LIKE ? ESCAPE '\\' OR LOWER(e.venue) LIKE ? ESCAPE '\\')");
                params.add(pattern);
                params.add(pattern);
            }
            return w.toString();
        }

        private long countEvents(Connection db, ListQuery q) throws SQLException {
            List<Object> params = new ArrayList<>();
            String where = eventWhere(q, params);
            return single(db, "SELECT COUNT(e.id) FROM events.event e" + where, params);
        }

        /** EventsBean.list: page, count unless a first page that is not full, place counts of the page's events. */
        private void sqlEvents(Connection db, ListQuery q, int page) throws SQLException {
            List<Object> params = new ArrayList<>();
            String where = eventWhere(q, params);
            List<Long> ids = new ArrayList<>();
            try (PreparedStatement ps = db.prepareStatement("SELECT " + EVENT_COLUMNS + " FROM events.event e" + where
                    + " ORDER BY e.starts_at ASC, e.id LIMIT ? OFFSET ?")) {
                int i = bind(ps, params);
                ps.setInt(i++, size);
                ps.setInt(i, page * size);
                ids = readIds(ps);
            }
            if (page != 0 || ids.size() >= size) {
                single(db, "SELECT COUNT(e.id) FROM events.event e" + where, params);
            }
            if (!ids.isEmpty()) {
                try (PreparedStatement ps = db.prepareStatement("SELECT r.event_id, r.status, COUNT(r.id) FROM "
                        + "events.registration r WHERE r.event_id IN (" + ids.stream().map(x -> "?")
                        .collect(Collectors.joining(", ")) + ") AND r.status <> 'CANCELLED' GROUP BY r.event_id, "
                        + "r.status")) {
                    bind(ps, new ArrayList<>(ids));
                    readIds(ps);
                }
            }
        }

        /** RegistrationsBean.list: the event, page, count unless a small first page, waiting positions if needed. */
        private void sqlRegistrations(Connection db, long event, String status, int page) throws SQLException {
            List<Object> params = new ArrayList<>();
            params.add(event);
            try (PreparedStatement ps = db.prepareStatement("SELECT " + EVENT_COLUMNS + " FROM events.event e "
                    + "WHERE e.id = ?")) {
                bind(ps, params);
                readIds(ps);
            }
            String where = " WHERE r.event_id = ?";
            if (status != null) {
                where += " AND r.status = ?";
                params.add(status);
            }
            int rows = 0;
            boolean waiting = false;
            try (PreparedStatement ps = db.prepareStatement("SELECT " + REGISTRATION_COLUMNS + " FROM "
                    + "events.registration r" + where + " ORDER BY r.registered_at ASC, r.id LIMIT ? OFFSET ?")) {
                int i = bind(ps, params);
                ps.setInt(i++, size);
                ps.setInt(i, page * size);
                try (ResultSet rs = ps.executeQuery()) {
                    int columns = rs.getMetaData().getColumnCount();
                    while (rs.next()) {
                        for (int c = 1; c <= columns; c++) {
                            rs.getObject(c);
                        }
                        waiting |= "WAITLISTED".equals(rs.getString("status"));
                        rows++;
                    }
                }
            }
            if (page != 0 || rows >= size) {
                single(db, "SELECT COUNT(r.id) FROM events.registration r" + where, params);
            }
            if (waiting) {
                try (PreparedStatement ps = db.prepareStatement("SELECT r.id FROM events.registration r WHERE "
                        + "r.event_id = ? AND r.status = 'WAITLISTED' ORDER BY r.waitlist_number, r.id")) {
                    ps.setLong(1, event);
                    readIds(ps);
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

        private static List<Long> readIds(PreparedStatement ps) throws SQLException {
            List<Long> ids = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                int columns = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    for (int c = 1; c <= columns; c++) {
                        rs.getObject(c);
                    }
                    ids.add(rs.getLong(1));
                }
            }
            return ids;
        }

        private static long single(Connection db, String sql, List<Object> params) throws SQLException {
            try (PreparedStatement ps = db.prepareStatement(sql)) {
                bind(ps, params);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                }
            }
        }

        // ---------------------------------------------------------------- report

        private void report(String started, String facts) {
            StringBuilder md = new StringBuilder();
            md.append("### Events: hot-event registrations and lists (").append(started, 0, 10).append(")\n\n");
            md.append("- Machine: ").append(Machine.describe()).append('\n');
            md.append("- Data: ").append(facts).append('\n');
            if (!bursts.isEmpty()) {
                md.append(String.format(Locale.ROOT, "- Registrations: %d per run with unique e-mails on one event with "
                                + "capacity %d, each client sending its next as soon as the previous is answered; counts "
                                + "from the database afterwards%n%n", args.integer("registrations"),
                        args.integer("capacity")));
                md.append("| registrations via | clients | ok | errors | registrations/s | p50 (ms) | p95 (ms) | p99 (ms) "
                        + "| holding a place | waitlisted | overbooked | REST ÷ SQL (p95 / throughput) |\n"
                        + "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
                for (Burst b : bursts) {
                    Burst sql = b.label().startsWith("REST") ? bursts.stream().filter(o -> !o.label().startsWith("REST")
                            && o.clients() == b.clients()).findFirst().orElse(null) : null;
                    String ratio = sql == null || sql.latency().count() == 0 || b.latency().count() == 0 ? "–"
                            : String.format(Locale.ROOT, "%.2f× / %.2f×", b.latency().ms(95) / sql.latency().ms(95),
                            b.perSecond() / sql.perSecond());
                    md.append(String.format(Locale.ROOT, "| %s (event %d) | %d | %,d | %,d | %.1f | %.2f | %.2f | %.2f "
                                    + "| %,d | %,d | %d | %s |%n", b.label(), b.eventId(), b.clients(),
                            b.latency().count(), b.latency().errors, b.perSecond(), b.latency().ms(50),
                            b.latency().ms(95), b.latency().ms(99), b.confirmed(), b.waitlisted(), b.overbooked(), ratio));
                }
                md.append("\nTarget (DESIGN.md): the capacity is never exceeded under concurrent requests, none lost.\n");
                for (Burst b : bursts) {
                    long expectedHolding = Math.min(b.capacity(), b.latency().count());
                    md.append(String.format(Locale.ROOT, "- %s, %d clients: %s; %,d rows for %,d successful answers%s; "
                                    + "%,d holding a place (expected %,d)%s%n", b.label(), b.clients(),
                            b.overbooked() == 0 ? "no overbooking" : "OVERBOOKED by " + b.overbooked(), b.rows(),
                            b.latency().count(), b.rows() == b.latency().count() ? "" : " (MISMATCH)", b.confirmed(),
                            expectedHolding, b.cut() ? "; stopped by --register-max-seconds" : ""));
                    b.errors().forEach(e -> md.append("  - error sample: `").append(e.replace('`', '\'')).append("`\n"));
                }
            }
            if (!results.isEmpty()) {
                ClosedLoop.Result sql = results.get("sql");
                ClosedLoop.Result rest = results.get("rest");
                md.append(String.format(Locale.ROOT, "%n- Lists: %d clients, closed loop, %d warm-up and %d measured "
                                + "requests per client; page size %d; mix (equally often): %s; pages uniformly random%n%n",
                        settings.clients(), settings.warmup(), settings.requests(), size, queries.stream()
                                .map(q -> "`" + q.label() + "`").collect(Collectors.joining(", "))));
                md.append(ClosedLoop.TABLE_HEAD);
                for (ClosedLoop.Result r : results.values()) {
                    md.append(ClosedLoop.row(r.description(), r.total(), r.throughput(), sql == null ? null : sql.total()));
                }
                if (sql != null && rest != null) {
                    md.append("\n| query | rows | REST p50 (ms) | REST p95 (ms) | SQL p50 (ms) | SQL p95 (ms) | ratio p95 |\n"
                            + "|---|---:|---:|---:|---:|---:|---:|\n");
                    for (int k = 0; k < queries.size(); k++) {
                        Latency a = rest.perCategory()[k];
                        Latency b = sql.perCategory()[k];
                        md.append(String.format(Locale.ROOT, "| `%s` | %,d | %.2f | %.2f | %.2f | %.2f | %.2f |%n",
                                queries.get(k).label(), totals[k], a.ms(50), a.ms(95), b.ms(50), b.ms(95),
                                a.ms(95) / b.ms(95)));
                    }
                }
                if (rest != null) {
                    double p95 = rest.total().ms(95);
                    double ratio = sql == null ? Double.NaN : p95 / sql.total().ms(95);
                    md.append(String.format(Locale.ROOT, "%nTargets (DESIGN.md): p95 under 50 ms, within 3× of the raw "
                                    + "SQL.%n- lists (REST): p95 %.1f ms %s 50 ms%s%n", p95, p95 < 50 ? "<" : "≥ (missed)",
                            Double.isNaN(ratio) ? "" : String.format(Locale.ROOT, "; %.2f× SQL %s", ratio,
                                    ratio <= 3 ? "(within 3×)" : "(missed: over 3×)")));
                }
                ClosedLoop.notes(md, results.values());
            }
            notes.forEach(n -> md.append("- ").append(n).append('\n'));
            System.out.println("\n----- Markdown for docs/benchmarks.md -----\n");
            System.out.println(md);
        }
    }
}
