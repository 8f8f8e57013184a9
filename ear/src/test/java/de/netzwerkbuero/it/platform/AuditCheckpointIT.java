package de.netzwerkbuero.it.platform;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import de.netzwerkbuero.it.support.Api;
import de.netzwerkbuero.it.support.Deployments;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The chain head anchored outside the database: a checkpoint goes to the log file and to the auditors' mailboxes
 * (GreenMail on 127.0.0.1:2525, where the test server sends), and the verification reports a chain whose newest
 * entries were cut off behind the application's back (as a database superuser could, head moved back included),
 * and a checkpoint log that is gone or damaged.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AuditCheckpointIT {

    private static final long MAIL_WAIT_MS = 60_000;
    private static final Path LOG = Path.of(System.getProperty("jboss.home"), "standalone", "data", "netzwerk",
            "audit-checkpoints", "checkpoints.log");
    private static GreenMail smtp;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.withTests();
    }

    @BeforeAll
    static void startSmtp() {
        smtp = new GreenMail(new ServerSetup(2525, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
    }

    @AfterAll
    static void stopSmtp() {
        smtp.stop();
    }

    @BeforeEach
    void accounts() {
        Api.ensureTestAccounts();
    }

    @Test
    void aCheckpointIsWrittenOutsideTheDatabaseAndMailedToTheAuditors() throws Exception {
        createAccounts("anchor", 2);
        JsonObject checkpoint = takeCheckpoint("auditor");
        long position = checkpoint.getJsonNumber("position").longValue();
        String hash = checkpoint.getString("hash");
        assertTrue(position >= 2, checkpoint.toString());
        assertEquals(64, hash.length());
        assertEquals("auditor", checkpoint.getString("takenBy"));

        String line = Files.readAllLines(LOG, StandardCharsets.UTF_8).stream()
                .filter(l -> l.contains(" position=" + position + " ") && l.contains(" by=auditor")).findFirst()
                .orElseThrow(() -> new AssertionError("the checkpoint is in " + LOG));
        assertTrue(line.startsWith("checkpoint at=") && line.contains(" hash=" + hash + " "), line);

        HttpResponse<String> list = Api.as("admin").get("/api/v1/audit/checkpoints");
        assertEquals(200, list.statusCode(), list.body());
        JsonArray listed = (JsonArray) Api.parse(list.body());
        assertEquals(position, listed.getJsonObject(0).getJsonNumber("position").longValue(), "newest first");

        JsonObject verification = verification();
        assertTrue(verification.getBoolean("intact"), verification.toString());
        assertTrue(verification.getJsonNumber("entries").longValue() >= position);
        assertFalse(verification.getBoolean("truncated"));
        assertEquals("CONFIRMED", verification.getJsonObject("checkpoint").getString("status"), verification.toString());

        List<ReceivedMail> mails = awaitMails("auditor@example.org", " Position " + position);
        assertEquals(1, mails.size(), mails.toString());
        assertTrue(mails.get(0).subject().startsWith("Audit-Prüfpunkt vom "), mails.get(0).subject());
        assertTrue(mails.get(0).body().contains(line), "the mail carries the log line: " + mails.get(0).body());
    }

    @Test
    void onlyAuditorsAndAdministratorsTakeAndReadCheckpoints() {
        assertEquals(403, Api.as("office").send("POST", "/api/v1/audit/checkpoints", null, null, Map.of()).statusCode());
        assertEquals(403, Api.as("lead").get("/api/v1/audit/checkpoints").statusCode());
        assertEquals(201, Api.as("admin").send("POST", "/api/v1/audit/checkpoints", null, null, Map.of()).statusCode());
    }

    @Test
    void aChainCutOffBehindTheLastCheckpointIsReported() throws Exception {
        createAccounts("cut", 3);
        long position = takeCheckpoint("admin").getJsonNumber("position").longValue();
        createAccounts("after-cut", 2);
        awaitChained();

        try (Connection db = database()) {
            long cut = position - 1;
            List<Object[]> removed = rows(db, cut);
            Object[] head = head(db);
            Object[] newHead = headAt(db, cut - 1);
            db.setAutoCommit(false);
            try (Statement s = db.createStatement()) {
                // What a database superuser can do: switch the append-only trigger off, cut the chain, move its head.
                s.execute("ALTER TABLE platform.audit_entry DISABLE TRIGGER audit_entry_append_only");
                s.executeUpdate("DELETE FROM platform.audit_entry WHERE position >= " + cut);
                s.execute("ALTER TABLE platform.audit_entry ENABLE TRIGGER audit_entry_append_only");
                setHead(db, newHead);
                db.commit();
                // Hold the head's lock until the entries are back, so the chainer cannot link newer entries
                // (the test's own logins) into the gap meanwhile.
                s.executeQuery("SELECT position FROM platform.audit_chain_head WHERE id = 1 FOR UPDATE").close();
            }
            try {
                JsonObject cutOff = verification();
                assertFalse(cutOff.getBoolean("intact"), cutOff.toString());
                assertTrue(cutOff.getBoolean("truncated"), cutOff.toString());
                JsonObject check = cutOff.getJsonObject("checkpoint");
                assertEquals("TRUNCATED", check.getString("status"), cutOff.toString());
                assertEquals(position, check.getJsonObject("checkpoint").getJsonNumber("position").longValue());
                assertEquals(cut - 1, check.getJsonNumber("chainEnd").longValue());
                assertTrue(cutOff.getString("reason").contains("ends at position " + (cut - 1)), cutOff.toString());
            } finally {
                restore(db, removed, head);
                db.commit();
            }
        }
        JsonObject restored = verification();
        assertTrue(restored.getBoolean("intact"), restored.toString());
        assertEquals("CONFIRMED", restored.getJsonObject("checkpoint").getString("status"));
    }

    @Test
    void aMissingOrDamagedCheckpointLogMeansCompletenessCannotBeProven() throws Exception {
        takeCheckpoint("auditor");
        Path aside = LOG.resolveSibling("checkpoints.log.aside");
        Files.move(LOG, aside, StandardCopyOption.REPLACE_EXISTING);
        try {
            JsonObject missing = verification();
            assertFalse(missing.getBoolean("intact"), missing.toString());
            assertEquals("FILE_MISSING", missing.getJsonObject("checkpoint").getString("status"), missing.toString());
            assertTrue(missing.getString("reason").contains("cannot be proven"), missing.toString());
        } finally {
            Files.move(aside, LOG, StandardCopyOption.REPLACE_EXISTING);
        }

        byte[] original = Files.readAllBytes(LOG);
        Files.writeString(LOG, "checkpoint at=gestern\n", StandardOpenOption.APPEND);
        try {
            JsonObject damaged = verification();
            assertFalse(damaged.getBoolean("intact"), damaged.toString());
            assertEquals("FILE_UNREADABLE", damaged.getJsonObject("checkpoint").getString("status"));
            HttpResponse<String> list = Api.as("auditor").get("/api/v1/audit/checkpoints");
            assertEquals(409, list.statusCode(), list.body());
            assertTrue(Api.json(list).getString("type").endsWith("auditCheckpointLogUnreadable"), list.body());
        } finally {
            Files.write(LOG, original);
        }
        assertTrue(verification().getBoolean("intact"));
    }

    private static JsonObject takeCheckpoint(String username) {
        HttpResponse<String> response = Api.as(username).send("POST", "/api/v1/audit/checkpoints", null, null, Map.of());
        assertEquals(201, response.statusCode(), response.body());
        return Api.json(response);
    }

    private static JsonObject verification() {
        HttpResponse<String> response = Api.as("auditor").get("/api/v1/audit/verification");
        assertEquals(200, response.statusCode(), response.body());
        return Api.json(response);
    }

    private static void createAccounts(String prefix, int count) {
        for (int i = 0; i < count; i++) {
            String username = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
            HttpResponse<String> created = Api.as("admin").post("/api/v1/accounts", Json.createObjectBuilder()
                    .add("username", username).add("displayName", username).add("email", username + "@example.org")
                    .add("roles", Json.createArrayBuilder().add("office")).add("password", "ein-langes-passwort")
                    .build().toString());
            assertEquals(201, created.statusCode(), created.body());
        }
    }

    // ---- the database, as its superuser sees it ----

    private static Connection database() throws SQLException {
        return DriverManager.getConnection(System.getProperty("db.url"), System.getProperty("db.user"),
                System.getProperty("db.password"));
    }

    /** Waits until the chainer has linked every entry (asking the database, so no login adds another). */
    private static void awaitChained() throws Exception {
        try (Connection db = database(); Statement s = db.createStatement()) {
            long until = System.currentTimeMillis() + 30_000;
            while (System.currentTimeMillis() < until) {
                try (ResultSet r = s.executeQuery("SELECT count(*) FROM platform.audit_entry WHERE position IS NULL")) {
                    r.next();
                    if (r.getLong(1) == 0) {
                        return;
                    }
                }
                Thread.sleep(200);
            }
            throw new AssertionError("audit entries stay unchained");
        }
    }

    private static final String COLUMNS = "id, at, actor, action, entity_type, entity_id, changes, position,"
            + " previous_hash, hash";

    private static List<Object[]> rows(Connection db, long fromPosition) throws SQLException {
        try (PreparedStatement s = db.prepareStatement("SELECT " + COLUMNS
                + " FROM platform.audit_entry WHERE position >= ? ORDER BY position")) {
            s.setLong(1, fromPosition);
            List<Object[]> rows = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    Object[] row = new Object[10];
                    for (int i = 0; i < 10; i++) {
                        row[i] = i == 1 ? r.getObject(2, OffsetDateTime.class) : r.getObject(i + 1);
                    }
                    rows.add(row);
                }
            }
            assertFalse(rows.isEmpty());
            return rows;
        }
    }

    private static Object[] head(Connection db) throws SQLException {
        try (Statement s = db.createStatement();
             ResultSet r = s.executeQuery("SELECT position, hash FROM platform.audit_chain_head WHERE id = 1")) {
            assertTrue(r.next());
            return new Object[]{r.getLong(1), r.getString(2)};
        }
    }

    private static Object[] headAt(Connection db, long position) throws SQLException {
        try (PreparedStatement s = db.prepareStatement("SELECT position, hash FROM platform.audit_entry WHERE position = ?")) {
            s.setLong(1, position);
            try (ResultSet r = s.executeQuery()) {
                assertTrue(r.next(), "an entry at position " + position);
                return new Object[]{r.getLong(1), r.getString(2)};
            }
        }
    }

    private static void setHead(Connection db, Object[] head) throws SQLException {
        try (PreparedStatement s = db.prepareStatement(
                "UPDATE platform.audit_chain_head SET position = ?, hash = ? WHERE id = 1")) {
            s.setLong(1, (Long) head[0]);
            s.setString(2, (String) head[1]);
            assertEquals(1, s.executeUpdate());
        }
    }

    private static void restore(Connection db, List<Object[]> rows, Object[] head) throws SQLException {
        try (PreparedStatement s = db.prepareStatement("INSERT INTO platform.audit_entry (" + COLUMNS
                + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (Object[] row : rows) {
                for (int i = 0; i < row.length; i++) {
                    s.setObject(i + 1, row[i]);
                }
                s.addBatch();
            }
            s.executeBatch();
        }
        setHead(db, head);
    }

    // ---- mail ----

    record ReceivedMail(String to, String subject, String body) {
    }

    private static List<ReceivedMail> awaitMails(String to, String subjectSuffix) throws Exception {
        long until = System.currentTimeMillis() + MAIL_WAIT_MS;
        List<ReceivedMail> found = mails(to, subjectSuffix);
        while (found.isEmpty() && System.currentTimeMillis() < until) {
            Thread.sleep(250);
            found = mails(to, subjectSuffix);
        }
        return found;
    }

    private static List<ReceivedMail> mails(String to, String subjectSuffix) throws MessagingException, IOException {
        List<ReceivedMail> found = new ArrayList<>();
        for (MimeMessage message : smtp.getReceivedMessages()) {
            var recipients = message.getRecipients(Message.RecipientType.TO);
            boolean toThem = recipients != null && java.util.Arrays.stream(recipients)
                    .anyMatch(a -> a.toString().contains(to));
            if (toThem && message.getSubject().endsWith(subjectSuffix)) {
                Object content = message.getContent();
                found.add(new ReceivedMail(to, message.getSubject(),
                        content instanceof String text ? text : GreenMailUtil.getBody(message)));
            }
        }
        return found;
    }
}
