package de.netzwerkbuero.bench;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The member list at N concurrent clients (default 20), in one run: (a) the REST endpoint
 * {@code GET /api/v1/members} with a mix of filters and random pages (HTTP Basic as office), (b) the office UI's
 * member list page after a form login (a full GET of the page, and the data table's AJAX paging to random pages),
 * (c) the same page's SQL over JDBC with a connection pool. Each part: warm-up, then a fixed number of requests
 * per client (closed loop, no think time), bounded in time; latencies in an HdrHistogram. Prints a Markdown table
 * for docs/benchmarks.md. Only ever talks to localhost.
 */
public final class MemberListBench {

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
        OPTIONS.put("q", "Neu");
        OPTIONS.put("state", "BB");
        OPTIONS.put("max-page", "0");
        OPTIONS.put("parts", "sql,rest,ui,ui-ajax");
        OPTIONS.put("page-path", "/app/members/list.xhtml");
        OPTIONS.put("login-path", "/login.xhtml");
        OPTIONS.put("ui-form", "list");
        OPTIONS.put("ui-table", "list:members");
        OPTIONS.put("seed", "42");
    }

    private MemberListBench() {
    }

    public static void main(String[] argv) throws Exception {
        Args args = Args.parse(argv, OPTIONS);
        if (args.help()) {
            System.out.println("MemberListBench: member list endpoint, UI page and SQL under load\n" + args.usage());
            return;
        }
        new MemberListBench.Run(args).run();
    }

    /** One request of the workload: which filter, which (zero-based) page. */
    record Req(int filter, int page) {
    }

    /** A client's connection to the system under test. */
    interface Session {
        /** Performs one request; true when the answer was right. Throws or answers false on an error. */
        boolean call(Req req) throws Exception;
    }

    interface SessionFactory {
        Session open(int client) throws Exception;
    }

    interface Workload {
        Req next(SplittableRandom random);
    }

    /** What a scenario measured. */
    record Result(String name, String description, Latency total, Latency[] perFilter, long wallNanos,
                  int setupFailures, long warmupErrors, boolean timeLimited, List<String> errorSamples,
                  String skipped) {

        double throughput() {
            return wallNanos <= 0 ? 0 : total.count() / (wallNanos / 1e9);
        }

        static Result skipped(String name, String description, String why) {
            return new Result(name, description, new Latency(), new Latency[0], 0, 0, 0, false, List.of(), why);
        }
    }

    private static final class Run {
        private final Args args;
        private final URI base;
        private final int clients;
        private final int size;
        private final int warmup;
        private final int requests;
        private final Duration warmupLimit;
        private final Duration limit;
        private final Duration timeout;
        private final long seed;
        private final Set<String> parts;
        private final List<MemberSql.Filter> filters = new ArrayList<>();
        private long[] totals;
        private final Map<String, Result> results = new LinkedHashMap<>();
        private final List<String> notes = new ArrayList<>();

        Run(Args args) {
            this.args = args;
            this.base = Localhost.http(args.get("base-url"));
            this.clients = args.integer("clients");
            this.size = args.integer("size");
            this.warmup = args.integer("warmup");
            this.requests = args.integer("requests");
            this.warmupLimit = Duration.ofSeconds(args.longValue("warmup-seconds"));
            this.limit = Duration.ofSeconds(args.longValue("max-seconds"));
            this.timeout = Duration.ofSeconds(args.longValue("timeout-seconds"));
            this.seed = args.longValue("seed");
            this.parts = Stream.of(args.get("parts").split(",")).map(String::trim).filter(s -> !s.isEmpty())
                    .collect(Collectors.toCollection(java.util.LinkedHashSet::new));
            filters.add(new MemberSql.Filter("no filter", null, null, null, null));
            filters.add(new MemberSql.Filter("status=ACTIVE", "ACTIVE", null, null, null));
            filters.add(new MemberSql.Filter("state=" + args.get("state"), null, args.get("state"), null, null));
            filters.add(new MemberSql.Filter("kind=KOMMUNE", null, null, "KOMMUNE", null));
            filters.add(new MemberSql.Filter("q=" + args.get("q"), null, null, null, args.get("q")));
            if (clients < 1 || requests < 1 || warmup < 0 || size < 1 || size > 500) {
                throw new IllegalArgumentException("clients, requests >= 1, warmup >= 0, 1 <= size <= 500");
            }
        }

        void run() throws Exception {
            String started = OffsetDateTime.now().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
            System.out.println("MemberListBench " + started);
            System.out.println("Machine: " + Machine.describe());
            String dbFacts = "";
            boolean needDb = parts.contains("sql");
            if (needDb || !parts.contains("rest")) {
                dbFacts = dbFactsAndTotals();
            } else {
                try {
                    dbFacts = dbFactsAndTotals();
                } catch (SQLException e) {
                    notes.add("database not reachable for facts (" + e.getMessage() + "); totals from the REST API");
                }
            }
            if (totals == null) {
                totals = totalsFromRest();
            }
            for (int i = 0; i < filters.size(); i++) {
                System.out.printf(Locale.ROOT, "  filter %-16s %,7d rows, %,5d pages%n", filters.get(i).label(),
                        totals[i], pages(i));
            }
            System.out.printf(Locale.ROOT, "Load: %d clients, %d warm-up + %d measured requests each (max %ds + %ds), "
                    + "page size %d%n%n", clients, warmup, requests, warmupLimit.toSeconds(), limit.toSeconds(), size);

            Workload mix = r -> {
                int f = r.nextInt(filters.size());
                return new Req(f, r.nextInt(pages(f)));
            };
            Workload noFilterRandomPage = r -> new Req(0, r.nextInt(pages(0)));
            Workload firstPage = r -> new Req(0, 0);

            if (parts.contains("sql")) {
                try (JdbcPool pool = new JdbcPool(args.get("db-url"), dbProperties(), args.integer("pool"), timeout)) {
                    results.put("sql", scenario("sql", "SQL page + count over JDBC (" + args.integer("pool")
                            + " connections), filter mix, random page", c -> sqlSession(pool), mix));
                    results.put("sql-first", scenario("sql-first", "SQL first page + count, no filter",
                            c -> sqlSession(pool), firstPage));
                }
            }
            if (parts.contains("rest")) {
                results.put("rest", scenario("rest", "REST `GET /api/v1/members`, filter mix, random page",
                        c -> restSession(), mix));
            }
            String pagePath = args.get("page-path");
            if (parts.contains("ui") || parts.contains("ui-ajax")) {
                String problem = checkUi(pagePath);
                if (problem != null) {
                    System.out.println("UI part skipped: " + problem);
                    notes.add("UI part skipped: " + problem);
                    results.put("ui", Result.skipped("ui", "UI `GET " + pagePath + "`", problem));
                } else {
                    if (parts.contains("ui")) {
                        results.put("ui", scenario("ui", "UI `GET " + pagePath + "` (full page, first page, "
                                + "no filter)", c -> uiSession(pagePath, false), firstPage));
                    }
                    if (parts.contains("ui-ajax")) {
                        results.put("ui-ajax", scenario("ui-ajax", "UI data table AJAX paging, no filter, random page",
                                c -> uiSession(pagePath, true), noFilterRandomPage));
                    }
                }
            }
            report(started, dbFacts);
        }

        private int pages(int filter) {
            long p = Math.max(1, (totals[filter] + size - 1) / size);
            int max = args.integer("max-page");
            return (int) Math.min(max > 0 ? max : Integer.MAX_VALUE, p);
        }

        // ---------------------------------------------------------------- scenario runner

        private Result scenario(String name, String description, SessionFactory factory, Workload workload)
                throws InterruptedException {
            System.out.printf(Locale.ROOT, "== %s: %s%n", name, description);
            CountDownLatch ready = new CountDownLatch(clients);
            CountDownLatch go = new CountDownLatch(1);
            AtomicLong deadline = new AtomicLong(Long.MAX_VALUE);
            long warmupDeadline = System.nanoTime() + warmupLimit.toNanos();
            AtomicInteger setupFailures = new AtomicInteger();
            AtomicLong warmupErrors = new AtomicLong();
            AtomicLong lastEnd = new AtomicLong();
            List<Latency> totals = new CopyOnWriteArrayList<>();
            List<Latency[]> perFilter = new CopyOnWriteArrayList<>();
            List<String> samples = new CopyOnWriteArrayList<>();
            List<Thread> threads = new ArrayList<>();
            AtomicInteger cut = new AtomicInteger();
            for (int c = 0; c < clients; c++) {
                int client = c;
                Thread t = new Thread(() -> {
                    Session session;
                    try {
                        session = factory.open(client);
                    } catch (Exception e) {
                        setupFailures.incrementAndGet();
                        sample(samples, "setup: " + e);
                        ready.countDown();
                        return;
                    }
                    SplittableRandom random = new SplittableRandom(seed * 1_000_003L + client);
                    for (int i = 0; i < warmup && System.nanoTime() < warmupDeadline; i++) {
                        try {
                            if (!session.call(workload.next(random))) {
                                warmupErrors.incrementAndGet();
                            }
                        } catch (Exception e) {
                            warmupErrors.incrementAndGet();
                            sample(samples, "warm-up: " + e);
                        }
                    }
                    // The measured sequence is the same for every part: same seed per client.
                    random = new SplittableRandom(seed * 7_919L + client);
                    Latency total = new Latency();
                    Latency[] byFilter = new Latency[filters.size()];
                    for (int f = 0; f < byFilter.length; f++) {
                        byFilter[f] = new Latency();
                    }
                    ready.countDown();
                    try {
                        go.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                    int done = 0;
                    for (; done < requests && System.nanoTime() < deadline.get(); done++) {
                        Req req = workload.next(random);
                        long t0 = System.nanoTime();
                        boolean ok;
                        try {
                            ok = session.call(req);
                        } catch (Exception e) {
                            ok = false;
                            sample(samples, e.toString());
                        }
                        long elapsed = System.nanoTime() - t0;
                        if (ok) {
                            total.record(elapsed);
                            byFilter[req.filter()].record(elapsed);
                        } else {
                            total.errors++;
                            byFilter[req.filter()].errors++;
                        }
                    }
                    if (done < requests) {
                        cut.incrementAndGet();
                    }
                    lastEnd.accumulateAndGet(System.nanoTime(), Math::max);
                    totals.add(total);
                    perFilter.add(byFilter);
                }, "bench-" + name + "-" + c);
                t.setDaemon(true);
                threads.add(t);
                t.start();
            }
            // Bounded: the set-up and warm-up may not hang the run either.
            if (!ready.await(warmupLimit.toSeconds() + 120, TimeUnit.SECONDS)) {
                sample(samples, "clients not ready in time; measuring those that are");
            }
            long start = System.nanoTime();
            deadline.set(start + limit.toNanos());
            go.countDown();
            for (Thread t : threads) {
                t.join(limit.toMillis() + timeout.toMillis() + 5_000);
            }
            long wall = Math.max(0, lastEnd.get() - start);
            Latency total = new Latency();
            totals.forEach(total::add);
            Latency[] byFilter = new Latency[filters.size()];
            for (int f = 0; f < byFilter.length; f++) {
                byFilter[f] = new Latency();
                for (Latency[] l : perFilter) {
                    byFilter[f].add(l[f]);
                }
            }
            Result result = new Result(name, description, total, byFilter, wall, setupFailures.get(),
                    warmupErrors.get(), cut.get() > 0, List.copyOf(samples), null);
            System.out.printf(Locale.ROOT, "   %,d ok, %,d errors, %.1f req/s, p50 %.2f ms, p95 %.2f ms, p99 %.2f ms, "
                            + "max %.2f ms%s%s%n%n", total.count(), total.errors, result.throughput(), total.ms(50),
                    total.ms(95), total.ms(99), total.maxMs(),
                    setupFailures.get() > 0 ? ", " + setupFailures.get() + " clients failed to start" : "",
                    cut.get() > 0 ? ", " + cut.get() + " clients stopped by the time limit" : "");
            samples.stream().limit(3).forEach(s -> System.out.println("   error sample: " + s));
            return result;
        }

        private static void sample(List<String> samples, String message) {
            if (samples.size() < 5) {
                samples.add(message.length() > 300 ? message.substring(0, 300) + "…" : message);
            }
        }

        // ---------------------------------------------------------------- SQL

        private Properties dbProperties() {
            return JdbcPool.properties(args, "netzwerkbuero-bench");
        }

        private String dbFactsAndTotals() throws SQLException {
            try (Connection db = DriverManager.getConnection(Localhost.jdbc(args.get("db-url")), dbProperties())) {
                long[] t = new long[filters.size()];
                for (int i = 0; i < t.length; i++) {
                    t[i] = MemberSql.count(db, filters.get(i));
                }
                totals = t;
                String version;
                try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery("SHOW server_version")) {
                    rs.next();
                    version = rs.getString(1);
                }
                String facts = String.format(Locale.ROOT, "PostgreSQL %s, %,d members, %,d contacts", version,
                        SeedMembership.count(db, "SELECT count(*) FROM membership.member"),
                        SeedMembership.count(db, "SELECT count(*) FROM membership.contact"));
                System.out.println("Database: " + args.get("db-url") + " — " + facts);
                return facts;
            }
        }

        private Session sqlSession(JdbcPool pool) {
            return req -> {
                Connection c = pool.take();
                try {
                    MemberSql.page(c, filters.get(req.filter()), req.page(), size);
                    return true;
                } finally {
                    pool.give(c);
                }
            };
        }

        // ---------------------------------------------------------------- REST

        private HttpClient.Builder http() {
            return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10));
        }

        private String basic() {
            return "Basic " + Base64.getEncoder().encodeToString((args.get("user") + ":" + args.get("password"))
                    .getBytes(StandardCharsets.UTF_8));
        }

        private URI listUri(Req req) {
            return base.resolve("/api/v1/members?page=" + req.page() + "&size=" + size + "&sort=name"
                    + filters.get(req.filter()).queryString());
        }

        private Session restSession() {
            HttpClient client = http().followRedirects(HttpClient.Redirect.NEVER).build();
            String auth = basic();
            return req -> {
                HttpResponse<String> response = client.send(HttpRequest.newBuilder(listUri(req)).timeout(timeout)
                                .header("Authorization", auth).header("Accept", "application/json").GET().build(),
                        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                if (response.statusCode() != 200 || !response.body().contains("\"items\"")) {
                    throw new IllegalStateException("HTTP " + response.statusCode() + " " + snippet(response.body()));
                }
                return true;
            };
        }

        private long[] totalsFromRest() throws IOException, InterruptedException {
            long[] t = new long[filters.size()];
            HttpClient client = http().build();
            for (int i = 0; i < t.length; i++) {
                HttpResponse<String> r = client.send(HttpRequest.newBuilder(listUri(new Req(i, 0))).timeout(timeout)
                        .header("Authorization", basic()).header("Accept", "application/json").build(),
                        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"total\"\\s*:\\s*(\\d+)").matcher(r.body());
                if (r.statusCode() != 200 || !m.find()) {
                    throw new IllegalStateException("cannot read the total of " + filters.get(i).label() + ": HTTP "
                            + r.statusCode() + " " + snippet(r.body()));
                }
                t[i] = Long.parseLong(m.group(1));
            }
            return t;
        }

        // ---------------------------------------------------------------- UI

        /** Null when a login works and the page answers; otherwise why the UI part cannot run. */
        private String checkUi(String pagePath) {
            try {
                UiClient ui = new UiClient();
                ui.login();
                HttpResponse<String> page = ui.get(pagePath);
                if (page.statusCode() == 404) {
                    return "the page " + pagePath + " does not exist (HTTP 404)";
                }
                if (page.statusCode() != 200 || page.uri().getPath().endsWith(args.get("login-path"))) {
                    return "GET " + pagePath + " answered HTTP " + page.statusCode() + " at " + page.uri();
                }
                if (!page.body().contains("id=\"" + args.get("ui-table") + "\"")) {
                    notes.add("the page has no element id=\"" + args.get("ui-table") + "\"; the AJAX paging part "
                            + "will fail (set --ui-form/--ui-table)");
                }
                return null;
            } catch (Exception e) {
                return e.toString();
            }
        }

        private Session uiSession(String pagePath, boolean ajax) throws Exception {
            UiClient ui = new UiClient();
            ui.login();
            if (!ajax) {
                return req -> {
                    HttpResponse<String> page = ui.get(pagePath);
                    if (page.statusCode() != 200 || page.uri().getPath().endsWith(args.get("login-path"))) {
                        throw new IllegalStateException("HTTP " + page.statusCode() + " at " + page.uri());
                    }
                    if (!page.body().contains("id=\"" + args.get("ui-table") + "\"")) {
                        throw new IllegalStateException("no table " + args.get("ui-table") + " in the page");
                    }
                    return true;
                };
            }
            return ui.pager(pagePath);
        }

        /** One browser: a cookie jar, the session after a form login. */
        private final class UiClient {
            private final HttpClient client = http().followRedirects(HttpClient.Redirect.NORMAL)
                    .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL)).build();

            HttpResponse<String> get(String path) throws IOException, InterruptedException {
                return client.send(HttpRequest.newBuilder(base.resolve(path)).timeout(timeout)
                        .header("Accept", "text/html,application/xhtml+xml").GET().build(),
                        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            }

            HttpResponse<String> post(String action, Map<String, String> fields, boolean ajax)
                    throws IOException, InterruptedException {
                String body = fields.entrySet().stream().map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                        .collect(Collectors.joining("&"));
                HttpRequest.Builder b = HttpRequest.newBuilder(base.resolve(action)).timeout(timeout)
                        .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                        .POST(HttpRequest.BodyPublishers.ofString(body));
                if (ajax) {
                    b.header("Faces-Request", "partial/ajax").header("X-Requested-With", "XMLHttpRequest")
                            .header("Accept", "application/xml, text/xml, */*; q=0.01");
                }
                return client.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            }

            /** GET the login page, POST its form (login:username, login:password, login:submit, view state). */
            void login() throws IOException, InterruptedException {
                String loginPath = args.get("login-path");
                HttpResponse<String> page = get(loginPath);
                if (page.statusCode() != 200) {
                    throw new IllegalStateException("GET " + loginPath + ": HTTP " + page.statusCode());
                }
                Html.Form form = Html.form(page.body(), "login").orElseThrow(
                        () -> new IllegalStateException("no form id=\"login\" on " + loginPath));
                if (!form.fields().containsKey("jakarta.faces.ViewState")) {
                    throw new IllegalStateException("no jakarta.faces.ViewState in the login form");
                }
                Map<String, String> fields = new LinkedHashMap<>(form.fields());
                fields.put("login:username", args.get("user"));
                fields.put("login:password", args.get("password"));
                fields.put(form.buttons().containsKey("login:submit") ? "login:submit"
                        : form.buttons().keySet().stream().findFirst().orElse("login:submit"), "");
                String action = form.action() == null || form.action().isBlank() ? loginPath : form.action();
                HttpResponse<String> answer = post(action, fields, false);
                String path = answer.uri().getPath();
                if (answer.statusCode() != 200 || path.endsWith(loginPath) || !path.startsWith("/app/")) {
                    throw new IllegalStateException("login as " + args.get("user") + " failed: HTTP "
                            + answer.statusCode() + " at " + answer.uri());
                }
            }

            /** The data table's paging requests (PrimeFaces 15 DataTable.paginate) on one view of the page. */
            Session pager(String pagePath) throws IOException, InterruptedException {
                HttpResponse<String> page = get(pagePath);
                if (page.statusCode() != 200) {
                    throw new IllegalStateException("GET " + pagePath + ": HTTP " + page.statusCode());
                }
                String formId = args.get("ui-form");
                String table = args.get("ui-table");
                Html.Form form = Html.form(page.body(), formId).orElseThrow(
                        () -> new IllegalStateException("no form id=\"" + formId + "\" on " + pagePath));
                String action = form.action() == null || form.action().isBlank() ? pagePath : form.action();
                String[] viewState = {form.fields().get("jakarta.faces.ViewState")};
                if (viewState[0] == null) {
                    throw new IllegalStateException("no view state in form " + formId);
                }
                Map<String, String> formFields = new LinkedHashMap<>(form.fields());
                return req -> {
                    Map<String, String> fields = new LinkedHashMap<>(formFields);
                    fields.put("jakarta.faces.ViewState", viewState[0]);
                    fields.put("jakarta.faces.partial.ajax", "true");
                    fields.put("jakarta.faces.source", table);
                    fields.put("jakarta.faces.partial.execute", table);
                    fields.put("jakarta.faces.partial.render", table);
                    fields.put(table + "_pagination", "true");
                    fields.put(table + "_first", String.valueOf(req.page() * size));
                    fields.put(table + "_rows", String.valueOf(size));
                    fields.put(table + "_skipChildren", "true");
                    fields.put(table + "_encodeFeature", "true");
                    HttpResponse<String> answer = post(action, fields, true);
                    String body = answer.body();
                    if (answer.statusCode() != 200 || !body.contains("<partial-response") || body.contains("<error>")
                            || body.contains("<redirect")) {
                        throw new IllegalStateException("AJAX paging: HTTP " + answer.statusCode() + " "
                                + snippet(body));
                    }
                    Html.partialViewState(body).ifPresent(v -> viewState[0] = v);
                    return true;
                };
            }
        }

        private static String enc(String s) {
            return URLEncoder.encode(s, StandardCharsets.UTF_8);
        }

        private static String snippet(String body) {
            String s = body == null ? "" : body.replaceAll("\\s+", " ");
            return s.length() > 200 ? s.substring(0, 200) + "…" : s;
        }

        // ---------------------------------------------------------------- report

        private void report(String started, String dbFacts) {
            Result sql = results.get("sql");
            Result sqlFirst = results.get("sql-first");
            StringBuilder md = new StringBuilder();
            md.append("### Member list at ").append(clients).append(" concurrent clients (")
                    .append(started, 0, 10).append(")\n\n");
            md.append("- Machine: ").append(Machine.describe()).append('\n');
            if (!dbFacts.isEmpty()) {
                md.append("- Data: ").append(dbFacts).append('\n');
            }
            md.append(String.format(Locale.ROOT, "- Load: %d clients, closed loop without think time, %d warm-up and %d "
                    + "measured requests per client; page size %d, `sort=name`; filter mix (equally often): %s; pages "
                    + "uniformly random over each filter's result%n", clients, warmup, requests, size,
                    filters.stream().map(f -> "`" + f.label() + "`").collect(Collectors.joining(", "))));
            md.append("\n| measurement | requests | errors | throughput (req/s) | p50 (ms) | p95 (ms) | p99 (ms) "
                    + "| p95 ÷ SQL p95 |\n|---|---:|---:|---:|---:|---:|---:|---:|\n");
            for (Result r : results.values()) {
                if (r.skipped() != null) {
                    md.append("| ").append(r.description()).append(" | skipped: ").append(r.skipped())
                            .append(" | | | | | | |\n");
                    continue;
                }
                md.append(String.format(Locale.ROOT, "| %s | %,d | %,d | %.1f | %.2f | %.2f | %.2f | %s |%n",
                        r.description(), r.total().count(), r.total().errors, r.throughput(), r.total().ms(50),
                        r.total().ms(95), r.total().ms(99), ratioText(r, baseline(r, sql, sqlFirst))));
            }
            Result rest = results.get("rest");
            if (sql != null && rest != null && rest.skipped() == null) {
                md.append("\nBy filter (REST vs. SQL, same requests):\n\n| filter | rows | REST p95 (ms) | SQL p95 (ms) "
                        + "| ratio |\n|---|---:|---:|---:|---:|\n");
                for (int f = 0; f < filters.size(); f++) {
                    double a = rest.perFilter()[f].ms(95);
                    double b = sql.perFilter()[f].ms(95);
                    md.append(String.format(Locale.ROOT, "| `%s` | %,d | %.2f | %.2f | %.2f |%n",
                            filters.get(f).label(), totals[f], a, b, a / b));
                }
            }
            md.append("\nTargets (DESIGN.md): p95 under 50 ms and within 3× of the raw SQL of the same page.\n");
            for (String key : List.of("rest", "ui", "ui-ajax")) {
                Result r = results.get(key);
                if (r == null || r.skipped() != null) {
                    continue;
                }
                Latency base = baseline(r, sql, sqlFirst);
                double p95 = r.total().ms(95);
                double ratio = base == null ? Double.NaN : p95 / base.ms(95);
                md.append(String.format(Locale.ROOT, "- %s: p95 %.1f ms %s 50 ms%s%s%n", r.name(), p95,
                        p95 < 50 ? "<" : "≥ (missed)",
                        Double.isNaN(ratio) ? "" : String.format(Locale.ROOT, "; %.2f× SQL %s", ratio,
                                ratio <= 3 ? "(within 3×)" : "(missed: over 3×)"),
                        r.total().errors > 0 || r.setupFailures() > 0 ? "; ERRORS: " + r.total().errors
                                + " requests, " + r.setupFailures() + " clients failed to start" : ""));
            }
            for (Result r : results.values()) {
                if (r.timeLimited()) {
                    md.append("- ").append(r.name()).append(": stopped by the time limit (--max-seconds) before all "
                            + "requests ran\n");
                }
                if (r.warmupErrors() > 0) {
                    md.append("- ").append(r.name()).append(": ").append(r.warmupErrors())
                            .append(" errors during warm-up\n");
                }
                for (String s : r.errorSamples()) {
                    md.append("- ").append(r.name()).append(" error sample: `").append(s.replace('`', '\''))
                            .append("`\n");
                }
            }
            notes.forEach(n -> md.append("- ").append(n).append('\n'));
            md.append("\nBaselines: the REST mix against the SQL mix; the full UI page against the SQL first page; "
                    + "the UI AJAX paging against the SQL mix's no-filter requests.\n");
            System.out.println("\n----- Markdown for docs/benchmarks.md -----\n");
            System.out.println(md);
        }

        /** The SQL measurement a part is compared with. */
        private static Latency baseline(Result r, Result sql, Result sqlFirst) {
            switch (r.name()) {
                case "rest":
                    return sql == null ? null : sql.total();
                case "ui":
                    return sqlFirst == null ? null : sqlFirst.total();
                case "ui-ajax":
                    return sql == null ? null : sql.perFilter()[0];
                case "sql":
                    return r.total();
                case "sql-first":
                    return r.total();
                default:
                    return null;
            }
        }

        private static String ratioText(Result r, Latency base) {
            if (base == null || base.count() == 0 || r.total().count() == 0) {
                return "–";
            }
            return String.format(Locale.ROOT, "%.2f", r.total().ms(95) / base.ms(95));
        }
    }
}
