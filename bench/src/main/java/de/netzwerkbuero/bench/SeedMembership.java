package de.netzwerkbuero.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Brings the membership schema of the benchmark database to DESIGN.md's scale: every municipality and district
 * of the register that is not yet a member becomes one (KOMMUNE / LANDKREIS with real AGS, state, name and
 * population; PARTNER organisations fill up to {@code --members} if the register is not enough), then contacts
 * up to {@code --contacts} (one primary per member, the rest spread by size). Plain JDBC batch inserts in one
 * transaction; ids come from the tables' sequences the way EclipseLink uses them (a {@code nextval} of the
 * {@code INCREMENT BY 50} sequence is the last id of a block of 50), so the running server never hands out
 * an id used here. Idempotent: nothing happens when the counts are reached. Ends with ANALYZE.
 */
public final class SeedMembership {

    static final Map<String, String> OPTIONS = new LinkedHashMap<>();

    static {
        OPTIONS.put("db-url", "jdbc:postgresql://localhost:5432/bench");
        OPTIONS.put("db-user", "postgres");
        OPTIONS.put("db-password", "");
        OPTIONS.put("register", "membership/ejb/src/main/resources/register/german_municipalities.csv");
        OPTIONS.put("members", "11000");
        OPTIONS.put("contacts", "60000");
        OPTIONS.put("seed", "20240611");
        OPTIONS.put("batch", "1000");
    }

    private static final int BLOCK = 50;
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final LocalDate NETWORK_START = LocalDate.of(2023, 4, 1);

    /** Status spread of the synthetic members, in per mille; most are ACTIVE. */
    private static final String[] STATUSES = {"ACTIVE", "PROSPECT", "APPLIED", "IN_REVIEW", "ADMITTED", "SUSPENDED",
            "LEAVING", "LEFT", "REJECTED", "WITHDRAWN"};
    private static final int[] PER_MILLE = {820, 40, 30, 20, 10, 15, 15, 20, 15, 15};

    private static final String[] FIRST = {"Anna", "Birgit", "Claudia", "Daniela", "Elena", "Franziska", "Gabriele",
            "Heike", "Ines", "Julia", "Katrin", "Laura", "Maria", "Nadine", "Petra", "Sabine", "Susanne", "Tanja",
            "Ute", "Yvonne", "Andreas", "Bernd", "Christian", "Dirk", "Erik", "Frank", "Georg", "Heiko", "Jan",
            "Jörg", "Klaus", "Lars", "Markus", "Michael", "Norbert", "Olaf", "Peter", "Ralf", "Stefan", "Thomas",
            "Uwe", "Wolfgang", "Jürgen", "Sören", "Björn", "Lea", "Jonas", "Mia", "Lukas", "Hannah"};
    private static final String[] LAST = {"Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner",
            "Becker", "Schulz", "Hoffmann", "Schäfer", "Koch", "Bauer", "Richter", "Klein", "Wolf", "Schröder",
            "Neumann", "Schwarz", "Zimmermann", "Braun", "Krüger", "Hofmann", "Hartmann", "Lange", "Schmitt",
            "Werner", "Schmitz", "Krause", "Meier", "Lehmann", "Schmid", "Schulze", "Maier", "Köhler", "Herrmann",
            "König", "Walter", "Mayer", "Huber", "Kaiser", "Fuchs", "Peters", "Lang", "Scholz", "Möller", "Weiß",
            "Jung", "Hahn", "Vogel"};
    private static final String[] FUNCTIONS = {"Amtsleitung Bauamt", "Wirtschaftsförderung", "Stadtplanung",
            "Kämmerei", "Hauptamt", "Bürgerbeteiligung", "Quartiersmanagement", "Klimaschutzmanagement",
            "Pressestelle", "Kultur und Tourismus", "Leerstandsmanagement", "Liegenschaften", "Ortsvorsteher*in",
            "Gemeinderat", "Sachbearbeitung Fördermittel", "Digitalisierung"};
    private static final String[] PARTNER_KINDS = {"Verein", "Stiftung", "Genossenschaft", "Initiative", "Büro",
            "Netzwerk", "Forum", "Agentur"};
    private static final String[] PARTNER_THEMES = {"Leerstand", "Baukultur", "Ländlicher Raum", "Coworking Land",
            "Kreativorte", "Ortsentwicklung", "Zukunftsorte", "Neue Nachbarschaft", "Umbaukultur", "Landleben"};
    private static final String[] AREA_CODES = {"030", "0331", "03571", "03535", "0351", "0371", "0341", "0345",
            "0361", "0391", "040", "0421", "0511", "0611", "069", "0711", "089", "0911", "09232", "0681", "0211",
            "0221", "0231", "0431", "0381", "0385", "0395", "03332"};

    private SeedMembership() {
    }

    public static void main(String[] argv) throws Exception {
        Args args = Args.parse(argv, OPTIONS);
        if (args.help()) {
            System.out.println("SeedMembership: membership at DESIGN.md scale\n" + args.usage());
            return;
        }
        new Run(args).run();
    }

    /** A member row to insert. */
    private record NewMember(long id, String kind, String name, String ags, String state, Integer population,
                             String website, String email, String status, LocalDate joinedOn, LocalDate leavesOn,
                             Long roundId, OffsetDateTime createdAt, String domain) {
    }

    /** What the contact step needs to know of every member. */
    private record Target(long id, String kind, Integer population, String domain, boolean hasPrimary) {
    }

    private static final class Run {
        private final Args args;
        private final SplittableRandom random;
        private final int batch;
        private final LocalDate today = LocalDate.now(BERLIN);
        private final OffsetDateTime now = OffsetDateTime.now(BERLIN);

        Run(Args args) {
            this.args = args;
            this.random = new SplittableRandom(args.longValue("seed"));
            this.batch = args.integer("batch");
        }

        void run() throws Exception {
            long started = System.nanoTime();
            String url = Localhost.jdbc(args.get("db-url"));
            Properties props = new Properties();
            props.setProperty("user", args.get("db-user"));
            props.setProperty("password", args.get("db-password"));
            props.setProperty("reWriteBatchedInserts", "true");
            props.setProperty("ApplicationName", "netzwerkbuero-bench-seed");
            int targetMembers = args.integer("members");
            int targetContacts = args.integer("contacts");
            try (Connection db = DriverManager.getConnection(url, props)) {
                if (!schemaReady(db)) {
                    System.err.println("The membership schema does not exist in " + url
                            + ". Start the server on this database once (it runs the Flyway migrations), then seed.");
                    System.exit(2);
                    return;
                }
                long members = count(db, "SELECT count(*) FROM membership.member");
                long contacts = count(db, "SELECT count(*) FROM membership.contact");
                System.out.printf(Locale.ROOT, "Before: %,d members, %,d contacts in %s%n", members, contacts, url);
                if (members >= targetMembers && contacts >= targetContacts) {
                    System.out.printf(Locale.ROOT, "Already seeded (>= %,d members and >= %,d contacts): nothing to do.%n",
                            targetMembers, targetContacts);
                    analyze(db);
                    return;
                }
                db.setAutoCommit(false);
                long t0 = System.nanoTime();
                int insertedMembers = members >= targetMembers ? 0 : seedMembers(db, (int) members, targetMembers);
                long t1 = System.nanoTime();
                int insertedContacts = contacts >= targetContacts ? 0
                        : seedContacts(db, (int) (targetContacts - contacts));
                long t2 = System.nanoTime();
                db.commit();
                db.setAutoCommit(true);
                long t3 = System.nanoTime();
                System.out.printf(Locale.ROOT, "Inserted %,d members in %.1f s, %,d contacts in %.1f s, commit %.1f s%n",
                        insertedMembers, secs(t1 - t0), insertedContacts, secs(t2 - t1), secs(t3 - t2));
                analyze(db);
                System.out.printf(Locale.ROOT, "After: %,d members, %,d contacts%n",
                        count(db, "SELECT count(*) FROM membership.member"),
                        count(db, "SELECT count(*) FROM membership.contact"));
                printSpread(db);
            }
            System.out.printf(Locale.ROOT, "SeedMembership done in %.1f s%n", secs(System.nanoTime() - started));
        }

        private int seedMembers(Connection db, int existing, int target) throws Exception {
            Path csv = registerFile();
            Register register = Register.read(csv);
            Set<String> taken = new HashSet<>();
            try (Statement st = db.createStatement();
                 ResultSet rs = st.executeQuery("SELECT ags FROM membership.member WHERE ags IS NOT NULL")) {
                while (rs.next()) {
                    taken.add(rs.getString(1));
                }
            }
            List<Register.Place> places = new ArrayList<>();
            for (Register.Place p : register.districts) {
                if (!taken.contains(p.key())) {
                    places.add(p);
                }
            }
            for (Register.Place p : register.municipalities) {
                if (!taken.contains(p.key())) {
                    places.add(p);
                }
            }
            int partners = Math.max(0, target - existing - places.size());
            System.out.printf(Locale.ROOT, "Register %s: %,d municipalities, %,d districts (%,d unincorporated areas and "
                            + "%,d placeholders skipped); %,d are members already; adding %,d from the register and "
                            + "%,d partners%n", csv, register.municipalities.size(), register.districts.size(),
                    register.unincorporated, register.placeholders, taken.size(), places.size(), partners);
            int total = places.size() + partners;
            if (total == 0) {
                return 0;
            }
            Deque<Long> ids = reserve(db, "membership.member_seq", total);

            String[] statuses = new String[total];
            int admitted = 0;
            for (int i = 0; i < total; i++) {
                statuses[i] = pickStatus();
                if (statuses[i].equals("ADMITTED")) {
                    admitted++;
                }
            }
            LocalDate roundDate = today.plusDays(90);
            Long roundId = admitted == 0 ? null : insertRound(db, roundDate, admitted);

            List<NewMember> rows = new ArrayList<>(total);
            Set<String> usedPartnerNames = new HashSet<>();
            for (int i = 0; i < total; i++) {
                String kind;
                String name;
                String ags;
                String state;
                Integer population;
                String domain;
                if (i < places.size()) {
                    Register.Place p = places.get(i);
                    kind = p.kind();
                    name = p.name();
                    ags = p.key();
                    state = p.state();
                    population = p.population();
                    domain = p.slug() + ".de";
                } else {
                    Register.Place town = register.municipalities.get(random.nextInt(register.municipalities.size()));
                    do {
                        name = PARTNER_KINDS[random.nextInt(PARTNER_KINDS.length)] + " "
                                + PARTNER_THEMES[random.nextInt(PARTNER_THEMES.length)] + " " + town.name();
                    } while (!usedPartnerNames.add(name) && usedPartnerNames.size() < 1_000_000);
                    kind = "PARTNER";
                    ags = null;
                    state = null;
                    population = null;
                    domain = Register.slug(name) + ".org";
                }
                rows.add(member(ids.removeFirst(), kind, name, ags, state, population, domain, statuses[i],
                        roundId, roundDate));
            }
            insertMembers(db, rows);
            insertApplications(db, rows);
            return rows.size();
        }

        private NewMember member(long id, String kind, String name, String ags, String state, Integer population,
                                 String domain, String status, Long roundId, LocalDate roundDate) {
            LocalDate joined = null;
            LocalDate leaves = null;
            Long round = null;
            switch (status) {
                case "ACTIVE", "SUSPENDED" -> joined = randomDate(NETWORK_START, today.minusDays(7));
                case "LEAVING" -> {
                    joined = randomDate(NETWORK_START, today.minusDays(30));
                    leaves = LocalDate.of(today.plusMonths(3).getYear(), 12, 31);
                }
                case "LEFT" -> {
                    LocalDate end = LocalDate.of(today.getYear() - 1, 12, 31);
                    LocalDate from = NETWORK_START.isBefore(end.minusDays(200)) ? NETWORK_START : end.minusDays(400);
                    joined = randomDate(from, end.minusDays(180));
                    leaves = end;
                }
                case "ADMITTED" -> {
                    joined = roundDate;
                    round = roundId;
                }
                default -> {
                }
            }
            OffsetDateTime created = joined != null && joined.isBefore(today)
                    ? joined.minusDays(10 + random.nextInt(120)).atTime(LocalTime.of(9 + random.nextInt(8),
                    random.nextInt(60))).atZone(BERLIN).toOffsetDateTime()
                    : now.minusDays(1 + random.nextInt(700)).minusMinutes(random.nextInt(600));
            String website = "https://www." + domain;
            String email = "info@" + domain;
            return new NewMember(id, kind, cut(name, 200), ags, state, population, cut(website, 500), cut(email, 254),
                    status, joined, leaves, round, created, domain);
        }

        private long insertRound(Connection db, LocalDate roundDate, int admitted) throws SQLException {
            long id = reserve(db, "membership.admission_round_seq", 1).removeFirst();
            try (PreparedStatement ps = db.prepareStatement("INSERT INTO membership.admission_round (id, round_date, "
                    + "application_deadline, capacity, admitted_count, status, opened_at, version) "
                    + "VALUES (?, ?, ?, ?, ?, 'CLOSED', ?, 1)")) {
                ps.setLong(1, id);
                ps.setObject(2, roundDate);
                ps.setObject(3, roundDate.minusDays(30));
                ps.setInt(4, admitted);
                ps.setInt(5, admitted);
                ps.setObject(6, now.minusDays(30));
                ps.executeUpdate();
            }
            System.out.printf(Locale.ROOT, "Admission round %d on %s (closed, %d admitted) for the ADMITTED members%n",
                    id, roundDate, admitted);
            return id;
        }

        private void insertMembers(Connection db, List<NewMember> rows) throws SQLException {
            try (PreparedStatement ps = db.prepareStatement("INSERT INTO membership.member (id, kind, name, ags, state, "
                    + "population, website, email, status, founding_member, joined_on, leaves_on, admission_round_id, "
                    + "created_at, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, FALSE, ?, ?, ?, ?, 1)")) {
                int n = 0;
                for (NewMember m : rows) {
                    ps.setLong(1, m.id());
                    ps.setString(2, m.kind());
                    ps.setString(3, m.name());
                    ps.setString(4, m.ags());
                    ps.setString(5, m.state());
                    if (m.population() == null) {
                        ps.setNull(6, Types.INTEGER);
                    } else {
                        ps.setInt(6, m.population());
                    }
                    ps.setString(7, m.website());
                    ps.setString(8, m.email());
                    ps.setString(9, m.status());
                    ps.setObject(10, m.joinedOn(), Types.DATE);
                    ps.setObject(11, m.leavesOn(), Types.DATE);
                    if (m.roundId() == null) {
                        ps.setNull(12, Types.BIGINT);
                    } else {
                        ps.setLong(12, m.roundId());
                    }
                    ps.setObject(13, m.createdAt(), Types.TIMESTAMP_WITH_TIMEZONE);
                    ps.addBatch();
                    if (++n % batch == 0) {
                        ps.executeBatch();
                    }
                }
                ps.executeBatch();
            }
        }

        /** The workflow needs an application from APPLIED on; ADMITTED members passed pre-selection and meeting. */
        private void insertApplications(Connection db, List<NewMember> rows) throws SQLException {
            Set<String> withApplication = Set.of("APPLIED", "IN_REVIEW", "ADMITTED", "REJECTED", "WITHDRAWN");
            try (PreparedStatement ps = db.prepareStatement("INSERT INTO membership.application (member_id, motivation, "
                    + "expectations, vacancy_projects, preselection_on, preselection_outcome, meeting_on, "
                    + "meeting_outcome, contact_id, contact_person, notes, version) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, NULL, NULL, ?, 1)")) {
                int n = 0;
                for (NewMember m : rows) {
                    if (!withApplication.contains(m.status())) {
                        continue;
                    }
                    boolean reviewed = m.status().equals("IN_REVIEW") || m.status().equals("ADMITTED");
                    LocalDate applied = m.createdAt().toLocalDate().plusDays(3);
                    ps.setLong(1, m.id());
                    ps.setString(2, m.name() + " möchte leerstehende Gebäude wieder nutzen und sucht Austausch mit "
                            + "Kommunen, die das schon tun.");
                    ps.setString(3, "Erfahrungsaustausch, Seminare, Werkstätten und Inspirationsreisen.");
                    ps.setString(4, "Umnutzung des ehemaligen Bahnhofsgebäudes; Zwischennutzung leerer Läden.");
                    ps.setObject(5, reviewed ? applied.plusDays(14) : null, Types.DATE);
                    ps.setString(6, reviewed ? "Vorauswahl durch die Gründungsmitglieder: positiv" : null);
                    ps.setObject(7, m.status().equals("ADMITTED") ? applied.plusDays(30) : null, Types.DATE);
                    ps.setString(8, m.status().equals("ADMITTED") ? "Kennenlerngespräch geführt" : null);
                    ps.setString(9, "synthetische Benchmark-Daten");
                    ps.addBatch();
                    if (++n % batch == 0) {
                        ps.executeBatch();
                    }
                }
                ps.executeBatch();
            }
        }

        private int seedContacts(Connection db, int needed) throws SQLException {
            List<Target> targets = new ArrayList<>();
            try (Statement st = db.createStatement();
                 ResultSet rs = st.executeQuery("SELECT m.id, m.kind, m.population, m.website, "
                         + "EXISTS (SELECT 1 FROM membership.contact c WHERE c.member_id = m.id AND c.primary_contact) "
                         + "FROM membership.member m ORDER BY m.id")) {
                while (rs.next()) {
                    int pop = rs.getInt(3);
                    Integer population = rs.wasNull() ? null : pop;
                    targets.add(new Target(rs.getLong(1), rs.getString(2), population, domainOf(rs.getString(4),
                            rs.getLong(1)), rs.getBoolean(5)));
                }
            }
            if (targets.isEmpty()) {
                return 0;
            }
            // One primary for every member without one, then the rest weighted by size (bigger places, more people).
            List<long[]> plan = new ArrayList<>(needed); // {targetIndex, primary 0/1}
            for (int i = 0; i < targets.size() && plan.size() < needed; i++) {
                if (!targets.get(i).hasPrimary()) {
                    plan.add(new long[] {i, 1});
                }
            }
            double[] cumulative = new double[targets.size()];
            double sum = 0;
            for (int i = 0; i < targets.size(); i++) {
                Integer pop = targets.get(i).population();
                sum += 1.0 + Math.log10(10.0 + (pop == null ? 500 : pop));
                cumulative[i] = sum;
            }
            while (plan.size() < needed) {
                int idx = Arrays.binarySearch(cumulative, random.nextDouble() * sum);
                idx = idx >= 0 ? idx : Math.min(targets.size() - 1, -idx - 1);
                plan.add(new long[] {idx, 0});
            }
            Deque<Long> ids = reserve(db, "membership.contact_seq", plan.size());
            Map<String, Integer> emailsUsed = new HashMap<>();
            try (PreparedStatement ps = db.prepareStatement("INSERT INTO membership.contact (id, member_id, first_name, "
                    + "last_name, function_name, email, phone, primary_contact, consent_at, erased_at, version) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, 1)")) {
                int n = 0;
                for (long[] p : plan) {
                    Target t = targets.get((int) p[0]);
                    boolean primary = p[1] == 1;
                    String first = FIRST[random.nextInt(FIRST.length)];
                    String last = LAST[random.nextInt(LAST.length)];
                    String local = Register.slug(first) + "." + Register.slug(last);
                    String key = local + "@" + t.domain();
                    int seen = emailsUsed.merge(key, 1, Integer::sum);
                    String email = seen == 1 ? key : local + seen + "@" + t.domain();
                    String function = primary ? switch (t.kind()) {
                        case "KOMMUNE" -> "Bürgermeister*in";
                        case "LANDKREIS" -> "Landrät*in";
                        default -> "Geschäftsführung";
                    } : FUNCTIONS[random.nextInt(FUNCTIONS.length)];
                    String phone = "+49 " + AREA_CODES[random.nextInt(AREA_CODES.length)].substring(1) + " "
                            + (100000 + random.nextInt(8_900_000));
                    ps.setLong(1, ids.removeFirst());
                    ps.setLong(2, t.id());
                    ps.setString(3, first);
                    ps.setString(4, last);
                    ps.setString(5, function);
                    ps.setString(6, cut(email, 254));
                    ps.setString(7, phone);
                    ps.setBoolean(8, primary);
                    ps.setObject(9, now.minusDays(1 + random.nextInt(900)).minusMinutes(random.nextInt(1440)),
                            Types.TIMESTAMP_WITH_TIMEZONE);
                    ps.addBatch();
                    if (++n % batch == 0) {
                        ps.executeBatch();
                    }
                }
                ps.executeBatch();
            }
            long primaries = plan.stream().filter(p -> p[1] == 1).count();
            System.out.printf(Locale.ROOT, "Contacts: %,d primary (members without one) and %,d further contacts over "
                    + "%,d members%n", primaries, plan.size() - primaries, targets.size());
            return plan.size();
        }

        private String pickStatus() {
            int r = random.nextInt(1000);
            for (int i = 0; i < STATUSES.length; i++) {
                r -= PER_MILLE[i];
                if (r < 0) {
                    return STATUSES[i];
                }
            }
            return "ACTIVE";
        }

        private LocalDate randomDate(LocalDate from, LocalDate to) {
            long days = Math.max(1, to.toEpochDay() - from.toEpochDay());
            return from.plusDays(random.nextLong(days));
        }

        private Path registerFile() {
            Path csv = Path.of(args.get("register"));
            if (!Files.exists(csv) && !csv.isAbsolute() && Files.exists(Path.of("..").resolve(csv))) {
                csv = Path.of("..").resolve(csv);
            }
            if (!Files.exists(csv)) {
                throw new IllegalArgumentException("register not found: " + csv.toAbsolutePath()
                        + " (run from the repository root or pass --register=/path/german_municipalities.csv)");
            }
            return csv;
        }
    }

    private static String domainOf(String website, long id) {
        if (website != null) {
            String host = website.replaceFirst("^https?://", "").replaceFirst("^www\\.", "").replaceFirst("[/?#].*$", "");
            if (host.matches("[A-Za-z0-9.-]+\\.[A-Za-z]{2,}")) {
                return host.toLowerCase(Locale.ROOT);
            }
        }
        return "mitglied-" + id + ".example.org";
    }

    /**
     * {@code count} ids from a sequence with INCREMENT BY 50, used as EclipseLink does: each nextval N is the
     * end of the block N-49 … N.
     */
    static Deque<Long> reserve(Connection db, String sequence, int count) throws SQLException {
        int blocks = (count + BLOCK - 1) / BLOCK;
        Deque<Long> ids = new ArrayDeque<>(blocks * BLOCK);
        List<Long> ends = new ArrayList<>(blocks);
        try (PreparedStatement ps = db.prepareStatement("SELECT nextval('" + sequence + "') FROM generate_series(1, ?)")) {
            ps.setInt(1, blocks);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ends.add(rs.getLong(1));
                }
            }
        }
        ends.sort(null);
        for (long end : ends) {
            for (long id = end - BLOCK + 1; id <= end; id++) {
                ids.add(id);
            }
        }
        return ids;
    }

    static boolean schemaReady(Connection db) throws SQLException {
        try (Statement st = db.createStatement();
             ResultSet rs = st.executeQuery("SELECT to_regclass('membership.member') IS NOT NULL "
                     + "AND to_regclass('membership.contact') IS NOT NULL")) {
            return rs.next() && rs.getBoolean(1);
        }
    }

    static long count(Connection db, String sql) throws SQLException {
        try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static void analyze(Connection db) throws SQLException {
        long t = System.nanoTime();
        boolean auto = db.getAutoCommit();
        db.setAutoCommit(true);
        try (Statement st = db.createStatement()) {
            for (String table : List.of("member", "contact", "application", "admission_round")) {
                st.execute("ANALYZE membership." + table);
            }
        }
        db.setAutoCommit(auto);
        System.out.printf(Locale.ROOT, "ANALYZE membership.member, contact, application, admission_round: %.1f s%n",
                secs(System.nanoTime() - t));
    }

    private static void printSpread(Connection db) throws SQLException {
        StringBuilder sb = new StringBuilder("Members by kind and status:");
        try (Statement st = db.createStatement();
             ResultSet rs = st.executeQuery("SELECT kind, status, count(*) FROM membership.member "
                     + "GROUP BY kind, status ORDER BY kind, count(*) DESC")) {
            while (rs.next()) {
                sb.append(String.format(Locale.ROOT, "%n  %-9s %-9s %,7d", rs.getString(1), rs.getString(2),
                        rs.getLong(3)));
            }
        }
        System.out.println(sb);
    }

    static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }

    static double secs(long nanos) {
        return nanos / 1e9;
    }
}
