package de.netzwerkbuero.bench;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.SplittableRandom;

/**
 * Brings the funding schema of the benchmark database to DESIGN.md's scale (run after SeedMembership): 2,000
 * projects over one ANBEST_P and one ANBEST_GK programme (the demo's programmes are reused when they exist),
 * grantees among ACTIVE members, leads from {@code --leads}, grant periods between 2022 and 2027 with statuses
 * that fit today's date, about 12 milestones and 13 reports per project (with the report versions of every
 * submission), and the {@code deadline} rows DeadlinePlanner would store for them (milestones, interim proof per
 * fiscal year, final proof, receipt retention once the final proof is in; fulfilment from the reports). Plain JDBC
 * batches in one transaction, ids from the sequences in blocks of 50 (SeedMembership.reserve). Idempotent: the
 * seeded projects carry funding references {@code BENCH-…}; when {@code --projects} of them exist nothing happens.
 */
public final class SeedFunding {

    static final Map<String, String> OPTIONS = new LinkedHashMap<>();

    static {
        OPTIONS.put("db-url", "jdbc:postgresql://localhost:5432/bench");
        OPTIONS.put("db-user", "postgres");
        OPTIONS.put("db-password", "");
        OPTIONS.put("projects", "2000");
        OPTIONS.put("milestones", "13");
        OPTIONS.put("leads", "lead,lead2");
        OPTIONS.put("reviewer", "auditor");
        OPTIONS.put("seed", "20240612");
        OPTIONS.put("batch", "1000");
    }

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final String PREFIX = "BENCH-";
    private static final LocalDate FIRST_START = LocalDate.of(2022, 1, 1);
    private static final LocalDate LAST_END = LocalDate.of(2027, 12, 31);
    private static final int[] DURATIONS = {12, 18, 24, 24, 24, 24};
    private static final String[] TOPICS = {"Leerstandsaktivierung", "Umnutzung Bahnhofsgebäude", "Dorfladen",
            "Coworking im Ortskern", "Kulturscheune", "Zwischennutzung Ladenzeile", "Jugendtreff im Altbau",
            "Gemeinschaftshaus", "Werkstatt Ortsmitte", "Kreativquartier", "Bürgerbahnhof", "Mehrgenerationenhaus"};
    private static final String[] STAGES = {"Kick-Off", "Kommunalprofil", "Zukunftswerkstatt", "Werkstattplan",
            "Zwischenbilanz", "Beteiligungsforum", "Machbarkeitsstudie", "Nutzungskonzept", "Bauabschnitt",
            "Öffentlichkeitsarbeit", "Evaluation", "Verstetigung"};

    private SeedFunding() {
    }

    public static void main(String[] argv) throws Exception {
        Args args = Args.parse(argv, OPTIONS);
        if (args.help()) {
            System.out.println("SeedFunding: funding at DESIGN.md scale (after SeedMembership)\n" + args.usage());
            return;
        }
        new Run(args).run();
    }

    private record Rules(String basis, int version, int interimMonths, int finalMonths, int retentionYears) {
    }

    private record Prog(long id, Rules rules) {
    }

    private record Proj(long id, Prog prog, long memberId, String title, String reference, LocalDate start,
                        LocalDate end, BigDecimal amount, BigDecimal ownShare, String lead, String status) {
        boolean obligations() {
            return !status.equals("DRAFT") && !status.equals("CANCELLED");
        }
    }

    private record Mile(long id, Proj project, String title, LocalDate dueOn, String status) {
    }

    /** A report; id assigned after all are known. */
    private static final class Rep {
        long id;
        Proj project;
        String kind;
        String key;
        Long milestoneId;
        Integer fiscalYear;
        LocalDate dueOn;
        String status;
        int submitted;
        OffsetDateTime lastSubmittedAt;
        String sha;
        boolean late;
    }

    private static final class Run {
        private final Args args;
        private final SplittableRandom random;
        private final int batch;
        private final LocalDate today = LocalDate.now(BERLIN);
        private final OffsetDateTime now = OffsetDateTime.now(BERLIN);
        private final String[] leads;
        private final String reviewer;

        Run(Args args) {
            this.args = args;
            this.random = new SplittableRandom(args.longValue("seed"));
            this.batch = args.integer("batch");
            this.leads = args.get("leads").split(",");
            this.reviewer = args.get("reviewer");
        }

        void run() throws Exception {
            long started = System.nanoTime();
            String url = Localhost.jdbc(args.get("db-url"));
            Properties props = JdbcPool.properties(args, "netzwerkbuero-bench-seed");
            props.setProperty("reWriteBatchedInserts", "true");
            int target = args.integer("projects");
            try (Connection db = DriverManager.getConnection(url, props)) {
                if (SeedMembership.count(db, "SELECT count(*) FROM (SELECT to_regclass('funding.deadline') t, "
                        + "to_regclass('membership.member') m) x WHERE t IS NOT NULL AND m IS NOT NULL") == 0) {
                    System.err.println("The funding or membership schema does not exist in " + url
                            + ". Start the server on this database once (Flyway), run SeedMembership, then this.");
                    System.exit(2);
                    return;
                }
                long existing = SeedMembership.count(db, "SELECT count(*) FROM funding.project WHERE funding_reference"
                        + " LIKE '" + PREFIX + "%'");
                printCounts(db, "Before");
                if (existing >= target) {
                    System.out.printf(Locale.ROOT, "Already seeded (%,d projects %s…): nothing to do.%n", existing, PREFIX);
                    analyze(db);
                    return;
                }
                db.setAutoCommit(false);
                List<Long> grantees = ids(db, "SELECT id FROM membership.member WHERE status = 'ACTIVE' ORDER BY id");
                if (grantees.isEmpty()) {
                    throw new IllegalStateException("no ACTIVE members: run SeedMembership first");
                }
                Prog p = programme(db, "ANBEST_P", "Bench-Programm Zukunftsorte (ANBest-P)");
                Prog gk = programme(db, "ANBEST_GK", "Bench-Programm Leerstand und Ortsmitte (ANBest-GK)");
                long t0 = System.nanoTime();
                List<Proj> projects = projects(db, (int) existing, target - (int) existing, List.of(p, gk), grantees);
                List<Mile> milestones = milestones(db, projects);
                List<Rep> reports = reports(db, projects, milestones);
                int versions = reportVersions(db, reports);
                int deadlines = deadlines(db, projects, milestones, reports);
                db.commit();
                db.setAutoCommit(true);
                System.out.printf(Locale.ROOT, "Inserted %,d projects, %,d milestones, %,d reports (%,d versions), "
                                + "%,d deadlines (milestones + reports: %,d) in %.1f s%n", projects.size(),
                        milestones.size(), reports.size(), versions, deadlines, milestones.size() + reports.size(),
                        SeedMembership.secs(System.nanoTime() - t0));
                analyze(db);
                printCounts(db, "After");
                printSpread(db);
            }
            System.out.printf(Locale.ROOT, "SeedFunding done in %.1f s%n", SeedMembership.secs(System.nanoTime() - started));
        }

        /** The programme with this legal basis (the demo's, if there is one), else a new one. */
        private Prog programme(Connection db, String basis, String name) throws SQLException {
            Rules rules;
            try (PreparedStatement ps = db.prepareStatement("SELECT rule_version, interim_months, final_months, "
                    + "retention_years FROM funding.rule_set WHERE legal_basis = ? AND valid_from <= ? "
                    + "ORDER BY rule_version DESC LIMIT 1")) {
                ps.setString(1, basis);
                ps.setObject(2, today);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        throw new IllegalStateException("no rule set for " + basis);
                    }
                    rules = new Rules(basis, rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getInt(4));
                }
            }
            try (PreparedStatement ps = db.prepareStatement("SELECT id, name FROM funding.programme WHERE legal_basis = ?"
                    + " ORDER BY (name = ?) DESC, id LIMIT 1")) {
                ps.setString(1, basis);
                ps.setString(2, name);
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next()) {
                        System.out.printf(Locale.ROOT, "Programme %s: reusing %d \"%s\"%n", basis, rs.getLong(1),
                                rs.getString(2));
                        return new Prog(rs.getLong(1), rules);
                    }
                }
            }
            long id = SeedMembership.reserve(db, "funding.programme_seq", 1).removeFirst();
            try (PreparedStatement ps = db.prepareStatement("INSERT INTO funding.programme (id, name, funder, "
                    + "legal_basis, duration_months, hold_disbursement, version) VALUES (?, ?, 'BMWSB/BBSR', ?, 24, "
                    + "FALSE, 1)")) {
                ps.setLong(1, id);
                ps.setString(2, name);
                ps.setString(3, basis);
                ps.executeUpdate();
            }
            try (PreparedStatement ps = db.prepareStatement("INSERT INTO funding.programme_stage (programme_id, "
                    + "stage_order, name) VALUES (?, ?, ?)")) {
                for (int i = 0; i < 5; i++) {
                    ps.setLong(1, id);
                    ps.setInt(2, i + 1);
                    ps.setString(3, STAGES[i]);
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            System.out.printf(Locale.ROOT, "Programme %s: created %d \"%s\"%n", basis, id, name);
            return new Prog(id, rules);
        }

        private List<Proj> projects(Connection db, int offset, int n, List<Prog> progs, List<Long> grantees)
                throws SQLException {
            Deque<Long> ids = SeedMembership.reserve(db, "funding.project_seq", n);
            int months = (int) (YearMonth.from(LAST_END).minusMonths(12).getYear() * 12L
                    + YearMonth.from(LAST_END).minusMonths(12).getMonthValue() - (FIRST_START.getYear() * 12L + 1));
            List<Proj> list = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                Prog prog = progs.get(random.nextInt(progs.size()));
                LocalDate start = FIRST_START.plusMonths(random.nextInt(months + 1));
                LocalDate end = start.plusMonths(DURATIONS[random.nextInt(DURATIONS.length)]).minusDays(1);
                if (end.isAfter(LAST_END)) {
                    end = LAST_END;
                }
                String status = status(prog.rules(), start, end);
                long member = grantees.get(random.nextInt(grantees.size()));
                BigDecimal amount = BigDecimal.valueOf(50_000 + 100L * random.nextInt(14_500));
                BigDecimal own = amount.multiply(new BigDecimal(prog.rules().basis().equals("ANBEST_GK") ? "0.10"
                        : "0.20")).setScale(2, java.math.RoundingMode.HALF_UP);
                String reference = PREFIX + (prog.rules().basis().equals("ANBEST_GK") ? "GK" : "P") + "-"
                        + start.getYear() + "-" + String.format(Locale.ROOT, "%05d", offset + i + 1);
                String title = TOPICS[random.nextInt(TOPICS.length)] + " " + (offset + i + 1);
                list.add(new Proj(ids.removeFirst(), prog, member, title, reference, start, end,
                        amount.setScale(2), own, leads[random.nextInt(leads.length)].trim(), status));
            }
            batch(db, "INSERT INTO funding.project (id, programme_id, member_id, title, funding_reference, period_start, "
                    + "period_end, approved_amount, own_share, lead_username, status, version) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)", list, (ps, p) -> {
                ps.setLong(1, p.id());
                ps.setLong(2, p.prog().id());
                ps.setLong(3, p.memberId());
                ps.setString(4, p.title());
                ps.setString(5, p.reference());
                ps.setObject(6, p.start());
                ps.setObject(7, p.end());
                ps.setBigDecimal(8, p.amount());
                ps.setBigDecimal(9, p.ownShare());
                ps.setString(10, p.lead());
                ps.setString(11, p.status());
            });
            return list;
        }

        /** DRAFT and CANCELLED now and then; otherwise what the calendar and the final proof make of it. */
        private String status(Rules rules, LocalDate start, LocalDate end) {
            int r = random.nextInt(1000);
            if (r < 25) {
                return "CANCELLED";
            }
            if (start.isAfter(today)) {
                return r < 250 ? "DRAFT" : "APPROVED";
            }
            if (!end.isBefore(today)) {
                return "RUNNING";
            }
            LocalDate finalDue = YearMonth.from(end).plusMonths(rules.finalMonths()).atEndOfMonth();
            int f = random.nextInt(100);
            if (finalDue.isBefore(today)) {
                return f < 70 ? "CLOSED" : f < 85 ? "FINAL_PROOF_SUBMITTED" : "ENDED";
            }
            return f < 35 ? "FINAL_PROOF_SUBMITTED" : "ENDED";
        }

        private List<Mile> milestones(Connection db, List<Proj> projects) throws SQLException {
            int mean = args.integer("milestones");
            int[] counts = new int[projects.size()];
            int total = 0;
            for (int i = 0; i < counts.length; i++) {
                counts[i] = Math.max(1, mean - 2 + random.nextInt(5));
                total += counts[i];
            }
            Deque<Long> ids = SeedMembership.reserve(db, "funding.milestone_seq", total);
            List<Mile> list = new ArrayList<>(total);
            for (int i = 0; i < counts.length; i++) {
                Proj p = projects.get(i);
                long days = p.end().toEpochDay() - p.start().toEpochDay();
                for (int k = 0; k < counts[i]; k++) {
                    LocalDate due = p.start().plusDays(days * (k + 1) / (counts[i] + 1));
                    String status = "OPEN";
                    if (p.obligations() && due.isBefore(today)) {
                        int r = random.nextInt(100);
                        if (due.isBefore(today.minusDays(30))) {
                            status = r < 75 ? "ACCEPTED" : r < 85 ? "REPORTED" : r < 90 ? "RETURNED" : "OPEN";
                        } else {
                            status = r < 50 ? "REPORTED" : "OPEN";
                        }
                    }
                    list.add(new Mile(ids.removeFirst(), p, STAGES[k % STAGES.length] + " (" + (k + 1) + ")", due,
                            status));
                }
            }
            batch(db, "INSERT INTO funding.milestone (id, project_id, title, due_on, deliverable, status, version) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?)", list, (ps, m) -> {
                ps.setLong(1, m.id());
                ps.setLong(2, m.project().id());
                ps.setString(3, m.title());
                ps.setObject(4, m.dueOn());
                ps.setString(5, "Dokumentation " + m.title() + " mit Fotos und Teilnehmendenliste");
                ps.setString(6, m.status());
                ps.setLong(7, m.status().equals("OPEN") ? 1 : 2);
            });
            return list;
        }

        private List<Rep> reports(Connection db, List<Proj> projects, List<Mile> milestones) throws SQLException {
            List<Rep> list = new ArrayList<>();
            for (Mile m : milestones) {
                if (!m.project().obligations()) {
                    continue;
                }
                String status = switch (m.status()) {
                    case "ACCEPTED" -> "ACCEPTED";
                    case "REPORTED" -> random.nextBoolean() ? "SUBMITTED" : "IN_REVIEW";
                    case "RETURNED" -> "RETURNED";
                    default -> m.dueOn().isBefore(today.plusDays(60)) && random.nextInt(100) < 60 ? "DRAFT" : null;
                };
                if (status != null) {
                    list.add(report(m.project(), "MILESTONE_REPORT", "MILESTONE:" + m.id(), m.id(), null, m.dueOn(),
                            status));
                }
            }
            for (Proj p : projects) {
                if (!p.obligations()) {
                    continue;
                }
                for (int year = p.start().getYear(); year < p.end().getYear(); year++) {
                    LocalDate due = interimDue(p, year);
                    int r = random.nextInt(100);
                    String status = due.isBefore(today)
                            ? (r < 75 ? "ACCEPTED" : r < 80 ? "SUBMITTED" : r < 85 ? "IN_REVIEW" : r < 90 ? "RETURNED" : null)
                            : (due.isBefore(today.plusDays(150)) && r < 50 ? "DRAFT" : null);
                    if (status != null) {
                        list.add(report(p, "INTERIM_PROOF", "INTERIM_PROOF:" + year, null, year, due, status));
                    }
                }
                String finalStatus = switch (p.status()) {
                    case "CLOSED" -> "ACCEPTED";
                    case "FINAL_PROOF_SUBMITTED" -> random.nextBoolean() ? "SUBMITTED" : "IN_REVIEW";
                    case "ENDED" -> random.nextBoolean() ? "DRAFT" : null;
                    default -> null;
                };
                if (finalStatus != null) {
                    list.add(report(p, "FINAL_PROOF", "FINAL_PROOF", null, null, finalDue(p), finalStatus));
                }
            }
            Deque<Long> ids = SeedMembership.reserve(db, "funding.report_seq", list.size());
            list.forEach(r -> r.id = ids.removeFirst());
            batch(db, "INSERT INTO funding.report (id, project_id, kind, deadline_key, milestone_id, fiscal_year, body, "
                    + "status, submitted_count, last_submitted_at, last_sha256, last_late, reviewer, created_by, "
                    + "created_at, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", list, (ps, r) -> {
                ps.setLong(1, r.id);
                ps.setLong(2, r.project.id());
                ps.setString(3, r.kind);
                ps.setString(4, r.key);
                ps.setObject(5, r.milestoneId, Types.BIGINT);
                ps.setObject(6, r.fiscalYear, Types.INTEGER);
                ps.setString(7, body(r));
                ps.setString(8, r.status);
                ps.setInt(9, r.submitted);
                ps.setObject(10, r.lastSubmittedAt, Types.TIMESTAMP_WITH_TIMEZONE);
                ps.setString(11, r.sha);
                ps.setBoolean(12, r.late);
                ps.setString(13, r.status.equals("ACCEPTED") || r.status.equals("RETURNED")
                        || r.status.equals("IN_REVIEW") ? reviewer : null);
                ps.setString(14, r.project.lead());
                ps.setObject(15, (r.lastSubmittedAt != null ? r.lastSubmittedAt : now.minusDays(random.nextInt(30)))
                        .minusDays(5 + r.submitted * 30L), Types.TIMESTAMP_WITH_TIMEZONE);
                ps.setLong(16, 1 + 2L * r.submitted);
            });
            return list;
        }

        private Rep report(Proj p, String kind, String key, Long milestoneId, Integer year, LocalDate due,
                           String status) {
            Rep r = new Rep();
            r.project = p;
            r.kind = kind;
            r.key = key;
            r.milestoneId = milestoneId;
            r.fiscalYear = year;
            r.dueOn = due;
            r.status = status;
            if (!status.equals("DRAFT")) {
                r.submitted = status.equals("ACCEPTED") && random.nextInt(100) < 20 ? 2 : 1;
                LocalDate on = random.nextInt(100) < 10 ? due.plusDays(1 + random.nextInt(20))
                        : due.minusDays(random.nextInt(30));
                if (on.isAfter(today)) {
                    on = today;
                }
                r.lastSubmittedAt = on.atTime(9 + random.nextInt(9), random.nextInt(60)).atZone(BERLIN)
                        .toOffsetDateTime();
                r.late = on.isAfter(due);
                r.sha = sha();
            }
            return r;
        }

        private int reportVersions(Connection db, List<Rep> reports) throws SQLException {
            record Ver(Rep report, int no, OffsetDateTime at, String decision, String sha) {
            }
            List<Ver> versions = new ArrayList<>();
            for (Rep r : reports) {
                for (int v = 1; v <= r.submitted; v++) {
                    boolean last = v == r.submitted;
                    String decision = !last ? "RETURNED" : r.status.equals("ACCEPTED") || r.status.equals("RETURNED")
                            ? r.status : null;
                    versions.add(new Ver(r, v, r.lastSubmittedAt.minusDays(30L * (r.submitted - v)), decision,
                            last ? r.sha : sha()));
                }
            }
            Deque<Long> ids = SeedMembership.reserve(db, "funding.report_version_seq", versions.size());
            batch(db, "INSERT INTO funding.report_version (id, report_id, version_no, body, submitted_at, submitted_by, "
                    + "due_on, late, sha256, decision, reviewed_by, reviewed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                    + "?, ?)", versions, (ps, v) -> {
                ps.setLong(1, ids.removeFirst());
                ps.setLong(2, v.report().id);
                ps.setInt(3, v.no());
                ps.setString(4, body(v.report()));
                ps.setObject(5, v.at(), Types.TIMESTAMP_WITH_TIMEZONE);
                ps.setString(6, v.report().project.lead());
                ps.setObject(7, v.report().dueOn);
                ps.setBoolean(8, v.at().toLocalDate().isAfter(v.report().dueOn));
                ps.setString(9, v.sha());
                ps.setString(10, v.decision());
                ps.setString(11, v.decision() == null ? null : reviewer);
                ps.setObject(12, v.decision() == null ? null : v.at().plusDays(7), Types.TIMESTAMP_WITH_TIMEZONE);
            });
            return versions.size();
        }

        /** What DeadlinePlanner.refresh stores for a project with obligations (no disbursements are seeded). */
        private int deadlines(Connection db, List<Proj> projects, List<Mile> milestones, List<Rep> reports)
                throws SQLException {
            record Dl(Proj project, String key, String kind, String title, LocalDate dueOn, Integer year,
                      String fulfilment, LocalDate fulfilledOn) {
            }
            Map<String, Rep> byKey = new HashMap<>();
            reports.forEach(r -> byKey.put(r.project.id() + "/" + r.key, r));
            List<Dl> list = new ArrayList<>();
            java.util.function.BiFunction<Proj, String, Object[]> done = (p, key) -> {
                Rep r = byKey.get(p.id() + "/" + key);
                if (r == null) {
                    return new Object[] {"OPEN", null};
                }
                return switch (r.status) {
                    case "SUBMITTED", "IN_REVIEW" -> new Object[] {"SUBMITTED", r.lastSubmittedAt.toLocalDate()};
                    case "ACCEPTED" -> new Object[] {"ACCEPTED", r.lastSubmittedAt.toLocalDate()};
                    default -> new Object[] {"OPEN", null};
                };
            };
            for (Mile m : milestones) {
                if (m.project().obligations()) {
                    Object[] d = done.apply(m.project(), "MILESTONE:" + m.id());
                    list.add(new Dl(m.project(), "MILESTONE:" + m.id(), "MILESTONE", "Milestone: " + m.title(),
                            m.dueOn(), null, (String) d[0], (LocalDate) d[1]));
                }
            }
            for (Proj p : projects) {
                if (!p.obligations()) {
                    continue;
                }
                for (int year = p.start().getYear(); year < p.end().getYear(); year++) {
                    Object[] d = done.apply(p, "INTERIM_PROOF:" + year);
                    list.add(new Dl(p, "INTERIM_PROOF:" + year, "INTERIM_PROOF", "Interim proof " + year,
                            interimDue(p, year), year, (String) d[0], (LocalDate) d[1]));
                }
                Object[] d = done.apply(p, "FINAL_PROOF");
                list.add(new Dl(p, "FINAL_PROOF", "FINAL_PROOF", "Final proof (Verwendungsnachweis)", finalDue(p), null,
                        (String) d[0], (LocalDate) d[1]));
                if (d[1] != null) {
                    list.add(new Dl(p, "RECEIPT_RETENTION", "RECEIPT_RETENTION", "Keep receipts until",
                            ((LocalDate) d[1]).plusYears(p.prog().rules().retentionYears()), null, "OPEN", null));
                }
            }
            Deque<Long> ids = SeedMembership.reserve(db, "funding.deadline_seq", list.size());
            batch(db, "INSERT INTO funding.deadline (id, project_id, deadline_key, kind, title, due_on, fiscal_year, "
                    + "fulfilment, fulfilled_on, frozen, rule_set_version, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, "
                    + "?, ?, ?)", list, (ps, d) -> {
                boolean frozen = !d.fulfilment().equals("OPEN");
                ps.setLong(1, ids.removeFirst());
                ps.setLong(2, d.project().id());
                ps.setString(3, d.key());
                ps.setString(4, d.kind());
                ps.setString(5, SeedMembership.cut(d.title(), 300));
                ps.setObject(6, d.dueOn());
                ps.setObject(7, d.year(), Types.INTEGER);
                ps.setString(8, d.fulfilment());
                ps.setObject(9, d.fulfilledOn(), Types.DATE);
                ps.setBoolean(10, frozen);
                ps.setInt(11, d.project().prog().rules().version());
                ps.setLong(12, frozen ? 2 : 1);
            });
            return list.size();
        }

        private LocalDate interimDue(Proj p, int year) {
            return YearMonth.of(year, 12).plusMonths(p.prog().rules().interimMonths()).atEndOfMonth();
        }

        private LocalDate finalDue(Proj p) {
            return YearMonth.from(p.end()).plusMonths(p.prog().rules().finalMonths()).atEndOfMonth();
        }

        private String body(Rep r) {
            return switch (r.kind) {
                case "MILESTONE_REPORT" -> "Sachbericht zum Meilenstein: Termine, Beteiligte, Ergebnisse und nächste "
                        + "Schritte im Vorhaben " + r.project.reference() + ".";
                case "INTERIM_PROOF" -> "Zwischennachweis " + r.fiscalYear + ": Sachbericht und zahlenmäßiger "
                        + "Nachweis für " + r.project.reference() + ".";
                default -> "Verwendungsnachweis: Sachbericht und zahlenmäßiger Nachweis für " + r.project.reference()
                        + ".";
            };
        }

        private String sha() {
            return String.format(Locale.ROOT, "%016x%016x%016x%016x", random.nextLong(), random.nextLong(),
                    random.nextLong(), random.nextLong());
        }

        private <T> void batch(Connection db, String sql, List<T> rows, Binder<T> binder) throws SQLException {
            try (PreparedStatement ps = db.prepareStatement(sql)) {
                int n = 0;
                for (T row : rows) {
                    binder.bind(ps, row);
                    ps.addBatch();
                    if (++n % batch == 0) {
                        ps.executeBatch();
                    }
                }
                ps.executeBatch();
            }
        }
    }

    interface Binder<T> {
        void bind(PreparedStatement ps, T row) throws SQLException;
    }

    static List<Long> ids(Connection db, String sql) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                ids.add(rs.getLong(1));
            }
        }
        return ids;
    }

    private static void printCounts(Connection db, String when) throws SQLException {
        System.out.printf(Locale.ROOT, "%s: %,d programmes, %,d projects, %,d milestones, %,d reports, %,d deadlines%n",
                when, SeedMembership.count(db, "SELECT count(*) FROM funding.programme"),
                SeedMembership.count(db, "SELECT count(*) FROM funding.project"),
                SeedMembership.count(db, "SELECT count(*) FROM funding.milestone"),
                SeedMembership.count(db, "SELECT count(*) FROM funding.report"),
                SeedMembership.count(db, "SELECT count(*) FROM funding.deadline"));
    }

    private static void printSpread(Connection db) throws SQLException {
        StringBuilder sb = new StringBuilder("Projects by status:");
        try (Statement st = db.createStatement();
             ResultSet rs = st.executeQuery("SELECT status, count(*) FROM funding.project GROUP BY status "
                     + "ORDER BY count(*) DESC")) {
            while (rs.next()) {
                sb.append(String.format(Locale.ROOT, " %s %,d;", rs.getString(1), rs.getLong(2)));
            }
        }
        sb.append("\nOpen deadlines overdue today: ").append(String.format(Locale.ROOT, "%,d", SeedMembership.count(db,
                "SELECT count(*) FROM funding.deadline WHERE fulfilment = 'OPEN' AND due_on < CURRENT_DATE "
                        + "AND kind <> 'RECEIPT_RETENTION'")));
        System.out.println(sb);
    }

    static void analyze(Connection db, String schema, List<String> tables) throws SQLException {
        long t = System.nanoTime();
        boolean auto = db.getAutoCommit();
        db.setAutoCommit(true);
        try (Statement st = db.createStatement()) {
            for (String table : tables) {
                st.execute("ANALYZE " + schema + "." + table);
            }
        }
        db.setAutoCommit(auto);
        System.out.printf(Locale.ROOT, "ANALYZE %s.%s: %.1f s%n", schema, String.join(", ", tables),
                SeedMembership.secs(System.nanoTime() - t));
    }

    private static void analyze(Connection db) throws SQLException {
        analyze(db, "funding", List.of("programme", "project", "milestone", "report", "report_version", "deadline"));
    }
}
