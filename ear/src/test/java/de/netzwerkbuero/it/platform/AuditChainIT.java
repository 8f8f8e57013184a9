package de.netzwerkbuero.it.platform;

import de.netzwerkbuero.it.support.AsAdmin;
import de.netzwerkbuero.it.support.AsAuditor;
import de.netzwerkbuero.it.support.Deployments;
import de.netzwerkbuero.platform.api.account.Accounts;
import de.netzwerkbuero.platform.api.account.NewAccount;
import de.netzwerkbuero.platform.api.audit.AuditEntry;
import de.netzwerkbuero.platform.api.audit.AuditLog;
import de.netzwerkbuero.platform.api.audit.AuditQuery;
import de.netzwerkbuero.platform.api.audit.AuditVerification;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The hash chain over the audit trail: concurrent writers are all chained, and an entry altered or removed
 * behind the application's back (as a database superuser could) is named by the verification.
 */
@ExtendWith(ArquillianExtension.class)
class AuditChainIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.withTests(AuditChainIT.class);
    }

    @EJB
    private Accounts accounts;
    @EJB
    private AuditLog audit;
    @EJB
    private AsAdmin admin;
    @EJB
    private AsAuditor auditor;

    @Resource(lookup = "java:jboss/datasources/NetzwerkDS")
    private DataSource dataSource;

    @Test
    void concurrentWritersAreAllChainedAndTheChainIsIntact() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int i = 0; i < 24; i++) {
                String username = "chain" + i;
                done.add(pool.submit(() -> admin.call(() -> accounts.create(new NewAccount(username, username,
                        username + "@example.org", Set.of("office"), "ein-langes-passwort".toCharArray())))));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        auditor.call(() -> audit.chainPending());
        AuditVerification verification = auditor.call(() -> audit.verify());
        assertTrue(verification.intact(), String.valueOf(verification));
        assertEquals(0, verification.unchained());
        assertTrue(verification.entries() >= 24);
        List<AuditEntry> created = auditor.call(() -> audit.read(new AuditQuery(null, "Account", null,
                "ACCOUNT_CREATED", null, null, null, 100))).items();
        List<AuditEntry> mine = created.stream().filter(e -> e.entityId().startsWith("chain")).toList();
        assertEquals(24, mine.size());
        assertTrue(mine.stream().allMatch(e -> "admin".equals(e.actor())), "the actor is the caller");
    }

    @Test
    void anAlteredEntryIsNamed() throws Exception {
        long id = chainedEntryId("tamper-change");
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            assertThrows(java.sql.SQLException.class,
                    () -> s.executeUpdate("UPDATE platform.audit_entry SET actor = 'mallory' WHERE id = " + id),
                    "the table is append-only for the application");
        }
        tamper("UPDATE platform.audit_entry SET actor = 'mallory' WHERE id = " + id);
        try {
            AuditVerification broken = auditor.call(() -> audit.verify());
            assertFalse(broken.intact());
            assertEquals(id, broken.firstBrokenId());
            assertTrue(broken.reason().contains("content"), broken.reason());
        } finally {
            tamper("UPDATE platform.audit_entry SET actor = 'admin' WHERE id = " + id);
        }
        assertTrue(auditor.call(() -> audit.verify()).intact());
    }

    @Test
    void aRemovedEntryIsNamedByItsSuccessor() throws Exception {
        long id = chainedEntryId("tamper-remove");
        long successorId = chainedEntryId("tamper-successor");
        String[] row = row(id);
        tamper("DELETE FROM platform.audit_entry WHERE id = " + id);
        try {
            AuditVerification broken = auditor.call(() -> audit.verify());
            assertFalse(broken.intact());
            assertEquals(successorId, broken.firstBrokenId(), String.valueOf(broken));
            assertTrue(broken.reason().contains("missing"), broken.reason());
        } finally {
            tamper("INSERT INTO platform.audit_entry (id, at, actor, action, entity_type, entity_id, changes, position,"
                    + " previous_hash, hash) SELECT " + row[0] + ", at, actor, action, entity_type, entity_id, changes,"
                    + " position, previous_hash, hash FROM (SELECT '" + row[1] + "'::timestamptz AS at, '" + row[2]
                    + "' AS actor, '" + row[3] + "' AS action, '" + row[4] + "' AS entity_type, '" + row[5]
                    + "' AS entity_id, '" + row[6].replace("'", "''") + "' AS changes, " + row[7] + " AS position, '"
                    + row[8] + "' AS previous_hash, '" + row[9] + "' AS hash) r");
        }
        assertTrue(auditor.call(() -> audit.verify()).intact());
    }

    private long chainedEntryId(String username) throws Exception {
        admin.call(() -> accounts.create(new NewAccount(username, username, username + "@example.org",
                Set.of("office"), "ein-langes-passwort".toCharArray())));
        auditor.call(() -> audit.chainPending());
        return auditor.call(() -> audit.read(AuditQuery.forEntity("Account", username, 1))).items().get(0).id();
    }

    private String[] row(long id) throws Exception {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "SELECT id, at, actor, action, entity_type, entity_id, changes, position, previous_hash, hash"
                        + " FROM platform.audit_entry WHERE id = ?")) {
            s.setLong(1, id);
            try (ResultSet r = s.executeQuery()) {
                assertTrue(r.next());
                String[] values = new String[10];
                for (int i = 0; i < 10; i++) {
                    values[i] = i == 1 ? r.getObject(2, java.time.OffsetDateTime.class).toString() : r.getString(i + 1);
                }
                return values;
            }
        }
    }

    /** Changes the table as a database superuser would: with the append-only trigger switched off. */
    private void tamper(String sql) throws Exception {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("SET session_replication_role = replica");
            try {
                s.executeUpdate(sql);
            } finally {
                s.execute("SET session_replication_role = DEFAULT");
            }
        }
    }
}
