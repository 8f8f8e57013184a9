package de.netzwerkbuero.membership.infrastructure;

import de.netzwerkbuero.membership.boundary.DueTransitionRunner;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;

/**
 * Applies the membership changes due by date every hour at a quarter past. The timer is persistent: it is
 * stored in the database, fires once in a cluster, and a run missed while the server was down is made up at
 * the next start. It runs without a caller; the runner it calls is open to that ({@code @PermitAll}) and writes
 * "system" as the actor.
 */
@Singleton
// A persistent timer that was missed fires at deployment: only after the schema is migrated.
@DependsOn("MembershipSchema")
@PermitAll
public class MembershipTimer {

    @EJB
    private DueTransitionRunner runner;

    @Schedule(hour = "*", minute = "15", persistent = true, info = "membership: changes due by date")
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void applyDueChanges() {
        runner.runAll();
    }
}
