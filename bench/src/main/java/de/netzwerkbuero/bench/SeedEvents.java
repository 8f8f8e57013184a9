package de.netzwerkbuero.bench;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Deque;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.SplittableRandom;

/**
 * Brings the events schema of the benchmark database to DESIGN.md's scale (after SeedMembership; SeedFunding
 * optional): 5,000 events from 2023 to a year ahead, every type, format and audience, mostly COMPLETED (past) and
 * PUBLISHED (future), some DRAFT, REGISTRATION_CLOSED and CANCELLED, and 200,000 registrations spread by capacity,
 * allocated as the registration desk does (places first come first served up to the capacity, then waiting list
 * numbers; cancellations free a place and move the first waiting person up; cancelled events cancel all; past
 * events check people in as ATTENDED or NO_SHOW), so that {@code confirmed_count}, {@code last_waitlist_number},
 * {@code waitlist_number} and {@code active_email} are consistent; every registration not cancelled gets one
 * {@code events.cancel_link} (SHA-256 of a random token, as the application stores it). JDBC batches in one transaction, ids in blocks of
 * 50 (SeedMembership.reserve). Idempotent: seeded events carry the description prefix {@value #MARK}.
 */
public final class SeedEvents {

    static final Map<String, String> OPTIONS = new LinkedHashMap<>();

    static {
        OPTIONS.put("db-url", "jdbc:postgresql://localhost:5432/bench");
        OPTIONS.put("db-user", "postgres");
        OPTIONS.put("db-password", "");
        OPTIONS.put("events", "5000");
        OPTIONS.put("registrations", "200000");
        OPTIONS.put("seed", "20240613");
        OPTIONS.put("batch", "1000");
    }

    static final String MARK = "Benchmark-Datensatz.";
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final LocalDate FIRST = LocalDate.of(2023, 1, 1);
    private static final String[] TYPES = {"WORKSHOP", "SEMINAR", "INSPIRATION_TRIP", "NETWORK_MEETING", "WERKSTATT",
            "WEBINAR"};
    private static final String[] TYPE_NAMES = {"Workshop", "Seminar", "Inspirationsreise", "Netzwerktreffen",
            "Werkstatt", "Webinar"};
    private static final String[] AUDIENCES = {"MEMBERS", "MEMBERS_AND_PROSPECTS", "PUBLIC"};
    private static final String[] TOPICS = {"Leerstand aktivieren", "Umbaukultur", "Zwischennutzung", "Dorfläden",
            "Bahnhöfe als Orte", "Coworking auf dem Land", "Fördermittel verstehen", "Beteiligung gestalten",
            "Denkmal und Nutzung", "Ortskerne stärken", "Kreative Räume", "Gemeinschaftshäuser"};
    private static final String[] TOWNS = {"Görlitz", "Wittenberge", "Eberswalde", "Altenburg", "Hann. Münden",
            "Bad Belzig", "Luckenwalde", "Zittau", "Wismar", "Quedlinburg", "Homberg (Efze)", "Bitterfeld-Wolfen"};
    private static final String[] FIRST_NAMES = {"Anna", "Birgit", "Claudia", "Elena", "Julia", "Katrin", "Laura",
            "Maria", "Petra", "Sabine", "Andreas", "Bernd", "Christian", "Frank", "Jan", "Jörg", "Markus", "Michael",
            "Peter", "Stefan", "Thomas", "Uwe", "Lea", "Jonas", "Mia", "Lukas"};
    private static final String[] LAST_NAMES = {"Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer",
            "Wagner", "Becker", "Schulz", "Hoffmann", "Koch", "Bauer", "Richter", "Klein", "Wolf", "Schröder",
            "Neumann", "Schwarz", "Braun", "Krüger", "Lange", "Krause", "Lehmann", "König", "Vogel", "Jung"};

    private SeedEvents() {
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing", e);
        }
    }

    /**
     * The stored form of a cancel link's token, as the application makes it (events' CancelToken): the 32 random
     * bytes as URL-safe Base64 without padding (43 characters), its UTF-8 SHA-256 as 64 lower-case hex digits.
     */
    static String cancelTokenHash(MessageDigest sha256, byte[] token) {
        String plain = Base64.getUrlEncoder().withoutPadding().encodeToString(token);
        return HexFormat.of().formatHex(sha256.digest(plain.getBytes(StandardCharsets.UTF_8)));
    }

    public static void main(String[] argv) throws Exception {
        Args args = Args.parse(argv, OPTIONS);
        if (args.help()) {
            System.out.println("SeedEvents: events and registrations at DESIGN.md scale\n" + args.usage());
            return;
        }
        new Run(args).run();
    }

    private static final class Ev {
        long id;
        String type;
        String format;
        String title;
        OffsetDateTime startsAt;
        OffsetDateTime endsAt;
        int capacity;
        Integer quota;
        String audience;
        String status;
        Long hostMemberId;
        Long projectId;
        OffsetDateTime opensAt;
        OffsetDateTime closesAt;
        int confirmed;
        long lastWaitlist;
        int wanted;
    }

    private static final class Reg {
        long id;
        Ev event;
        Long memberId;
        String first;
        String last;
        String email;
        String organisation;
        String status;
        Long waitlistNumber;
        OffsetDateTime registeredAt;
        OffsetDateTime confirmedAt;
        OffsetDateTime cancelledAt;
        int changes;
    }

    private static final class Run {
        private final Args args;
        private final SplittableRandom random;
        private final int batch;
        private final OffsetDateTime now = OffsetDateTime.now(BERLIN);

        Run(Args args) {
            this.args = args;
            this.random = new SplittableRandom(args.longValue("seed"));
            this.batch = args.integer("batch");
        }

        void run() throws Exception {
            long started = System.nanoTime();
            String url = Localhost.jdbc(args.get("db-url"));
            Properties props = JdbcPool.properties(args, "netzwerkbuero-bench-seed");
            props.setProperty("reWriteBatchedInserts", "true");
            int targetEvents = args.integer("events");
            int targetRegistrations = args.integer("registrations");
            try (Connection db = DriverManager.getConnection(url, props)) {
                if (SeedMembership.count(db, "SELECT count(*) FROM (SELECT to_regclass('events.registration') r, "
                        + "to_regclass('membership.member') m) x WHERE r IS NOT NULL AND m IS NOT NULL") == 0) {
                    System.err.println("The events or membership schema does not exist in " + url
                            + ". Start the server on this database once (Flyway), run SeedMembership, then this.");
                    System.exit(2);
                    return;
                }
                long existing = SeedMembership.count(db, "SELECT count(*) FROM events.event WHERE description LIKE '"
                        + MARK + "%'");
                System.out.printf(Locale.ROOT, "Before: %,d events (%,d seeded), %,d registrations%n",
                        SeedMembership.count(db, "SELECT count(*) FROM events.event"), existing,
                        SeedMembership.count(db, "SELECT count(*) FROM events.registration"));
                if (existing >= targetEvents) {
                    System.out.println("Already seeded: nothing to do.");
                    SeedFunding.analyze(db, "events", List.of("event", "registration", "cancel_link"));
                    return;
                }
                db.setAutoCommit(false);
                Map<Long, String> members = new HashMap<>();
                List<Long> memberIds = new ArrayList<>();
                try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery(
                        "SELECT id, name FROM membership.member WHERE status = 'ACTIVE' ORDER BY id")) {
                    while (rs.next()) {
                        members.put(rs.getLong(1), rs.getString(2));
                        memberIds.add(rs.getLong(1));
                    }
                }
                if (memberIds.isEmpty()) {
                    throw new IllegalStateException("no ACTIVE members: run SeedMembership first");
                }
                List<Long> projects = SeedFunding.ids(db, "SELECT id FROM funding.project WHERE status IN "
                        + "('APPROVED', 'RUNNING', 'ENDED') ORDER BY id");
                long t0 = System.nanoTime();
                List<Ev> events = events(db, (int) existing, targetEvents - (int) existing, memberIds, projects);
                List<Reg> regs = registrations(db, events, targetRegistrations, memberIds, members);
                insertEvents(db, events);
                long links = insertRegistrations(db, regs);
                db.commit();
                db.setAutoCommit(true);
                System.out.printf(Locale.ROOT, "Inserted %,d events, %,d registrations and %,d cancel links in %.1f s%n",
                        events.size(), regs.size(), links, SeedMembership.secs(System.nanoTime() - t0));
                SeedFunding.analyze(db, "events", List.of("event", "registration", "cancel_link"));
                printSpread(db);
            }
            System.out.printf(Locale.ROOT, "SeedEvents done in %.1f s%n", SeedMembership.secs(System.nanoTime() - started));
        }

        private List<Ev> events(Connection db, int offset, int n, List<Long> members, List<Long> projects)
                throws SQLException {
            Deque<Long> ids = SeedMembership.reserve(db, "events.event_seq", n);
            long span = now.toLocalDate().plusDays(365).toEpochDay() - FIRST.toEpochDay();
            List<Ev> list = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                Ev e = new Ev();
                e.id = ids.removeFirst();
                int t = random.nextInt(TYPES.length);
                e.type = TYPES[t];
                int f = random.nextInt(100);
                e.format = e.type.equals("WEBINAR") ? "ONLINE" : f < 60 ? "ON_SITE" : f < 85 ? "HYBRID" : "ONLINE";
                e.title = TYPE_NAMES[t] + ": " + TOPICS[random.nextInt(TOPICS.length)] + " in "
                        + TOWNS[random.nextInt(TOWNS.length)] + " (" + (offset + i + 1) + ")";
                LocalDate day = FIRST.plusDays(random.nextLong(span));
                e.startsAt = day.atTime(9 + random.nextInt(8), random.nextBoolean() ? 0 : 30).atZone(BERLIN)
                        .toOffsetDateTime();
                e.endsAt = e.type.equals("INSPIRATION_TRIP") ? e.startsAt.plusDays(1 + random.nextInt(2))
                        : e.startsAt.plusHours(2 + random.nextInt(6));
                e.capacity = e.type.equals("WEBINAR") ? 50 + random.nextInt(150)
                        : e.type.equals("INSPIRATION_TRIP") ? 15 + random.nextInt(30) : 20 + random.nextInt(80);
                e.quota = random.nextInt(100) < 60 ? null : 2 + random.nextInt(4);
                e.audience = AUDIENCES[random.nextInt(AUDIENCES.length)];
                e.hostMemberId = random.nextBoolean() ? members.get(random.nextInt(members.size())) : null;
                e.projectId = !projects.isEmpty() && random.nextInt(100) < 20
                        ? projects.get(random.nextInt(projects.size())) : null;
                e.opensAt = e.startsAt.minusDays(60);
                e.closesAt = e.startsAt.minusDays(1);
                int s = random.nextInt(100);
                if (e.endsAt.isBefore(now)) {
                    e.status = s < 88 ? "COMPLETED" : s < 95 ? "CANCELLED" : "REGISTRATION_CLOSED";
                } else {
                    e.status = s < 75 ? "PUBLISHED" : s < 85 ? "DRAFT" : s < 93 ? "REGISTRATION_CLOSED" : "CANCELLED";
                }
                list.add(e);
            }
            return list;
        }

        private List<Reg> registrations(Connection db, List<Ev> events, int total, List<Long> memberIds,
                                        Map<Long, String> names) throws SQLException {
            double[] weight = new double[events.size()];
            double sum = 0;
            for (int i = 0; i < weight.length; i++) {
                Ev e = events.get(i);
                // Most events fill partly; one in five is in demand and gets a waiting list.
                boolean popular = random.nextInt(100) < 20;
                double fill = e.status.equals("DRAFT") ? 0 : popular ? 1.2 + random.nextDouble() * 0.8
                        : e.startsAt.isAfter(now) ? 0.1 + random.nextDouble() * 0.6 : 0.3 + random.nextDouble() * 0.6;
                weight[i] = e.capacity * fill;
                sum += weight[i];
            }
            int assigned = 0;
            for (int i = 0; i < weight.length; i++) {
                events.get(i).wanted = (int) Math.floor(weight[i] / sum * total);
                assigned += events.get(i).wanted;
            }
            for (int i = 0; assigned < total; i = (i + 1) % events.size()) {
                if (weight[i] > 0) {
                    events.get(i).wanted++;
                    assigned++;
                }
            }
            Deque<Long> ids = SeedMembership.reserve(db, "events.registration_seq", total);
            List<Reg> all = new ArrayList<>(total);
            long serial = 0;
            for (Ev e : events) {
                List<Reg> regs = new ArrayList<>(e.wanted);
                Map<Long, Integer> perMember = new HashMap<>();
                OffsetDateTime last = e.closesAt.isBefore(now) ? e.closesAt : now;
                long window = Math.max(60, last.toEpochSecond() - e.opensAt.toEpochSecond());
                long[] times = new long[e.wanted];
                for (int k = 0; k < times.length; k++) {
                    times[k] = e.opensAt.toEpochSecond() + random.nextLong(window);
                }
                java.util.Arrays.sort(times);
                int memberShare = switch (e.audience) {
                    case "MEMBERS" -> 100;
                    case "MEMBERS_AND_PROSPECTS" -> 80;
                    default -> 40;
                };
                for (int k = 0; k < e.wanted; k++) {
                    Reg r = new Reg();
                    r.id = ids.removeFirst();
                    r.event = e;
                    r.first = FIRST_NAMES[random.nextInt(FIRST_NAMES.length)];
                    r.last = LAST_NAMES[random.nextInt(LAST_NAMES.length)];
                    String local = Register.slug(r.first) + "." + Register.slug(r.last) + "." + (++serial);
                    if (random.nextInt(100) < memberShare) {
                        Long m = memberIds.get(random.nextInt(memberIds.size()));
                        for (int tries = 0; e.quota != null && perMember.getOrDefault(m, 0) >= e.quota && tries < 20;
                             tries++) {
                            m = memberIds.get(random.nextInt(memberIds.size()));
                        }
                        perMember.merge(m, 1, Integer::sum);
                        r.memberId = m;
                        r.organisation = SeedMembership.cut(names.get(m), 300);
                        r.email = local + "@mitglied-" + m + ".example.org";
                    } else {
                        r.organisation = random.nextBoolean() ? null : "Initiative " + TOWNS[random.nextInt(TOWNS.length)];
                        r.email = local + "@gast.example.org";
                    }
                    r.registeredAt = OffsetDateTime.ofInstant(java.time.Instant.ofEpochSecond(times[k]), BERLIN);
                    regs.add(r);
                }
                allocate(e, regs);
                all.addAll(regs);
            }
            return all;
        }

        /** The desk's allocation in time order, then cancellations with moving up, then the event's own end. */
        private void allocate(Ev e, List<Reg> regs) {
            Deque<Reg> waiting = new ArrayDeque<>();
            int taken = 0;
            long number = 0;
            for (Reg r : regs) {
                if (taken < e.capacity) {
                    r.status = "CONFIRMED";
                    r.confirmedAt = r.registeredAt;
                    taken++;
                } else {
                    r.status = "WAITLISTED";
                    r.waitlistNumber = ++number;
                    waiting.add(r);
                }
            }
            for (Reg r : regs) {
                if (random.nextInt(100) >= 8) {
                    continue;
                }
                OffsetDateTime at = r.registeredAt.plusHours(1 + random.nextInt(24 * 7));
                if (at.isAfter(now)) {
                    at = now;
                }
                if (r.status.equals("CONFIRMED")) {
                    taken--;
                    Reg up = waiting.poll();
                    if (up != null) {
                        up.status = "CONFIRMED";
                        up.waitlistNumber = null;
                        up.confirmedAt = at;
                        up.changes++;
                        taken++;
                    }
                } else if (r.status.equals("WAITLISTED")) {
                    waiting.remove(r);
                    r.waitlistNumber = null;
                } else {
                    continue;
                }
                r.status = "CANCELLED";
                r.cancelledAt = at;
                r.changes++;
            }
            if (e.status.equals("CANCELLED")) {
                OffsetDateTime at = e.startsAt.minusDays(3).isAfter(now) ? now : e.startsAt.minusDays(3);
                for (Reg r : regs) {
                    if (!r.status.equals("CANCELLED")) {
                        r.status = "CANCELLED";
                        r.waitlistNumber = null;
                        r.cancelledAt = at.isBefore(r.registeredAt) ? r.registeredAt : at;
                        r.changes++;
                    }
                }
                taken = 0;
            } else if (e.status.equals("COMPLETED")) {
                for (Reg r : regs) {
                    if (r.status.equals("CONFIRMED")) {
                        int x = random.nextInt(100);
                        r.status = x < 85 ? "ATTENDED" : x < 95 ? "NO_SHOW" : "CONFIRMED";
                        r.changes++;
                    }
                }
            }
            e.confirmed = taken;
            e.lastWaitlist = number;
        }

        private void insertEvents(Connection db, List<Ev> events) throws SQLException {
            try (var ps = db.prepareStatement("INSERT INTO events.event (id, event_type, format, title, description, "
                    + "starts_at, ends_at, venue, online_url, host_member_id, capacity, per_member_quota, audience, "
                    + "registration_opens_at, registration_closes_at, project_id, status, confirmed_count, "
                    + "last_waitlist_number, calendar_sequence, created_at, updated_at, published_at, cancelled_at, "
                    + "cancel_reason, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                    + "?, ?, ?, ?)")) {
                int n = 0;
                for (Ev e : events) {
                    boolean cancelled = e.status.equals("CANCELLED");
                    boolean published = !e.status.equals("DRAFT");
                    OffsetDateTime created = e.opensAt.minusDays(10);
                    OffsetDateTime cancelledAt = cancelled ? (e.startsAt.minusDays(3).isAfter(now) ? now
                            : e.startsAt.minusDays(3)) : null;
                    ps.setLong(1, e.id);
                    ps.setString(2, e.type);
                    ps.setString(3, e.format);
                    ps.setString(4, e.title);
                    ps.setString(5, MARK + " " + e.title + ": Austausch, Praxisbeispiele und Rundgang.");
                    ps.setObject(6, e.startsAt, Types.TIMESTAMP_WITH_TIMEZONE);
                    ps.setObject(7, e.endsAt, Types.TIMESTAMP_WITH_TIMEZONE);
                    ps.setString(8, e.format.equals("ONLINE") ? null
                            : "Alter Bahnhof, Bahnhofstraße 1, " + TOWNS[(int) (e.id % TOWNS.length)]);
                    ps.setString(9, e.format.equals("ON_SITE") ? null : "https://meet.example.org/netzwerk-" + e.id);
                    ps.setObject(10, e.hostMemberId, Types.BIGINT);
                    ps.setInt(11, e.capacity);
                    ps.setObject(12, e.quota, Types.INTEGER);
                    ps.setString(13, e.audience);
                    ps.setObject(14, e.opensAt, Types.TIMESTAMP_WITH_TIMEZONE);
                    ps.setObject(15, e.closesAt, Types.TIMESTAMP_WITH_TIMEZONE);
                    ps.setObject(16, e.projectId, Types.BIGINT);
                    ps.setString(17, e.status);
                    ps.setInt(18, e.confirmed);
                    ps.setLong(19, e.lastWaitlist);
                    ps.setInt(20, cancelled ? 1 : 0);
                    ps.setObject(21, created, Types.TIMESTAMP_WITH_TIMEZONE);
                    ps.setObject(22, cancelled ? cancelledAt : published ? e.opensAt : created,
                            Types.TIMESTAMP_WITH_TIMEZONE);
                    ps.setObject(23, published ? e.opensAt : null, Types.TIMESTAMP_WITH_TIMEZONE);
                    ps.setObject(24, cancelledAt, Types.TIMESTAMP_WITH_TIMEZONE);
                    ps.setString(25, cancelled ? "Zu wenige Anmeldungen" : null);
                    ps.setLong(26, published ? 2 : 1);
                    ps.addBatch();
                    if (++n % batch == 0) {
                        ps.executeBatch();
                    }
                }
                ps.executeBatch();
            }
        }

        /**
         * Inserts the registrations and, for every one not cancelled, the cancel link its confirmation or
         * waiting-list mail handed out (the token's SHA-256, created when it registered). Answers the links.
         */
        private long insertRegistrations(Connection db, List<Reg> regs) throws SQLException {
            byte[] token = new byte[32];
            MessageDigest sha256 = sha256();
            long links = 0;
            try (var ps = db.prepareStatement("INSERT INTO events.registration (id, event_id, member_id, contact_id, "
                    + "first_name, last_name, email, active_email, organisation, status, waitlist_number, registered_at, "
                    + "confirmed_at, cancelled_at, checked_in_at, reminder_sent_at, version) "
                    + "VALUES (?, ?, ?, NULL, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
                 var link = db.prepareStatement("INSERT INTO events.cancel_link (token_hash, registration_id, "
                         + "created_at) VALUES (?, ?, ?)")) {
                int n = 0;
                for (Reg r : regs) {
                    boolean attended = r.status.equals("ATTENDED");
                    boolean reminded = (r.status.equals("CONFIRMED") || attended || r.status.equals("NO_SHOW"))
                            && r.event.startsAt.minusDays(2).isBefore(now);
                    for (int b = 0; b < token.length; b += 8) {
                        long v = random.nextLong();
                        for (int j = 0; j < 8; j++) {
                            token[b + j] = (byte) (v >>> (8 * j));
                        }
                    }
                    ps.setLong(1, r.id);
                    ps.setLong(2, r.event.id);
                    ps.setObject(3, r.memberId, Types.BIGINT);
                    ps.setString(4, r.first);
                    ps.setString(5, r.last);
                    ps.setString(6, r.email);
                    ps.setString(7, r.status.equals("CANCELLED") ? null : r.email.toLowerCase(Locale.ROOT));
                    ps.setString(8, r.organisation);
                    ps.setString(9, r.status);
                    ps.setObject(10, r.waitlistNumber, Types.BIGINT);
                    ps.setObject(11, r.registeredAt, Types.TIMESTAMP_WITH_TIMEZONE);
                    ps.setObject(12, r.confirmedAt, Types.TIMESTAMP_WITH_TIMEZONE);
                    ps.setObject(13, r.cancelledAt, Types.TIMESTAMP_WITH_TIMEZONE);
                    ps.setObject(14, attended ? r.event.startsAt.plusMinutes(random.nextInt(30)) : null,
                            Types.TIMESTAMP_WITH_TIMEZONE);
                    ps.setObject(15, reminded ? r.event.startsAt.minusDays(2) : null, Types.TIMESTAMP_WITH_TIMEZONE);
                    ps.setLong(16, 1 + r.changes);
                    ps.addBatch();
                    // The token bytes are drawn for every row (as before), so the seed gives the same data.
                    if (!r.status.equals("CANCELLED")) {
                        link.setString(1, cancelTokenHash(sha256, token));
                        link.setLong(2, r.id);
                        link.setObject(3, r.registeredAt, Types.TIMESTAMP_WITH_TIMEZONE);
                        link.addBatch();
                        links++;
                    }
                    if (++n % batch == 0) {
                        ps.executeBatch();
                        link.executeBatch();
                    }
                }
                ps.executeBatch();
                link.executeBatch();
            }
            return links;
        }
    }

    private static void printSpread(Connection db) throws SQLException {
        StringBuilder sb = new StringBuilder();
        try (Statement st = db.createStatement()) {
            try (ResultSet rs = st.executeQuery("SELECT status, count(*) FROM events.event GROUP BY status ORDER BY 2 DESC")) {
                sb.append("Events by status:");
                while (rs.next()) {
                    sb.append(String.format(Locale.ROOT, " %s %,d;", rs.getString(1), rs.getLong(2)));
                }
            }
            try (ResultSet rs = st.executeQuery("SELECT status, count(*) FROM events.registration GROUP BY status "
                    + "ORDER BY 2 DESC")) {
                sb.append("\nRegistrations by status:");
                while (rs.next()) {
                    sb.append(String.format(Locale.ROOT, " %s %,d;", rs.getString(1), rs.getLong(2)));
                }
            }
            try (ResultSet rs = st.executeQuery("SELECT count(*) FROM events.event e WHERE e.confirmed_count <> "
                    + "(SELECT count(*) FROM events.registration r WHERE r.event_id = e.id AND r.status IN "
                    + "('CONFIRMED', 'ATTENDED', 'NO_SHOW'))")) {
                rs.next();
                sb.append("\nEvents whose confirmed_count differs from their registrations: ").append(rs.getLong(1));
            }
        }
        System.out.println(sb);
    }
}
