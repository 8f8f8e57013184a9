package de.netzwerkbuero.it.platform;

import de.netzwerkbuero.it.support.AsAdmin;
import de.netzwerkbuero.it.support.AsAuditor;
import de.netzwerkbuero.it.support.AsOffice;
import de.netzwerkbuero.it.support.Deployments;
import de.netzwerkbuero.platform.api.audit.AuditCheckpoint;
import de.netzwerkbuero.platform.api.audit.AuditCheckpoints;
import de.netzwerkbuero.platform.api.audit.AuditLog;
import de.netzwerkbuero.platform.api.audit.AuditQuery;
import de.netzwerkbuero.platform.api.audit.AuditVerification;
import de.netzwerkbuero.platform.api.audit.CheckpointStatus;
import de.netzwerkbuero.platform.api.clock.ClockControl;
import de.netzwerkbuero.platform.boundary.AuditCheckpointSchedule;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The daily checkpoint: a persistent calendar timer at 02:30 office time, and what it runs takes the checkpoint at
 * the business clock's time, records it in the audit trail and leaves the chain verifiably complete.
 */
@ExtendWith(ArquillianExtension.class)
class AuditCheckpointTimerIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.withTests(AuditCheckpointTimerIT.class);
    }

    @EJB
    private AuditCheckpointSchedule schedule;
    @EJB
    private AuditCheckpoints checkpoints;
    @EJB
    private AuditLog audit;
    @EJB
    private ClockControl clock;
    @EJB
    private AsAdmin admin;
    @EJB
    private AsAuditor auditor;
    @EJB
    private AsOffice office;

    @Test
    void theDailyCheckpointIsAPersistentTimerAtHalfPastTwoOfficeTime() throws Exception {
        assertEquals("2:30 Europe/Berlin, persistent", admin.call(() -> schedule.describeSchedule()));
    }

    @Test
    void theScheduledRunTakesACheckpointAtTheBusinessClocksTime() throws Exception {
        Instant night = Instant.parse("2031-03-04T01:30:00Z");
        clock.fixAt(night);
        AuditCheckpoint taken;
        try {
            taken = admin.call(() -> schedule.checkpoint());
        } finally {
            clock.release();
        }
        assertEquals(night, taken.at().toInstant());
        assertEquals(taken, auditor.call(() -> checkpoints.list()).get(0), "the log's newest line is this checkpoint");

        var recorded = auditor.call(() -> audit.read(new AuditQuery(null, "AuditCheckpoint",
                String.valueOf(taken.position()), "AUDIT_CHECKPOINT", null, null, null, 10))).items();
        assertEquals(1, recorded.size(), "the audit trail records the checkpoint");
        assertEquals(taken.hash(), recorded.get(0).changes().get("hash").after());

        auditor.call(() -> audit.chainPending());
        AuditVerification verification = auditor.call(() -> audit.verify());
        assertTrue(verification.intact(), String.valueOf(verification));
        assertEquals(CheckpointStatus.CONFIRMED, verification.checkpoint().status());
        assertEquals(taken, verification.checkpoint().checkpoint());
    }

    @Test
    void theOfficeCannotTakeCheckpoints() {
        assertThrows(EJBAccessException.class, () -> office.call(() -> checkpoints.take()));
        assertThrows(EJBAccessException.class, () -> office.call(() -> schedule.checkpoint()));
    }
}
