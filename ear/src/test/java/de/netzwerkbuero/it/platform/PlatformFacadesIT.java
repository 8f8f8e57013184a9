package de.netzwerkbuero.it.platform;

import de.netzwerkbuero.it.support.AsAdmin;
import de.netzwerkbuero.it.support.AsAuditor;
import de.netzwerkbuero.it.support.AsLead;
import de.netzwerkbuero.it.support.AsOffice;
import de.netzwerkbuero.it.support.Caller;
import de.netzwerkbuero.it.support.Deployments;
import de.netzwerkbuero.platform.api.account.AccountView;
import de.netzwerkbuero.platform.api.account.Accounts;
import de.netzwerkbuero.platform.api.account.Directory;
import de.netzwerkbuero.platform.api.account.NewAccount;
import de.netzwerkbuero.platform.api.audit.AuditLog;
import de.netzwerkbuero.platform.api.audit.AuditQuery;
import de.netzwerkbuero.platform.api.audit.AuditRecord;
import de.netzwerkbuero.platform.api.audit.AuditTrail;
import de.netzwerkbuero.platform.api.clock.BusinessClock;
import de.netzwerkbuero.platform.api.clock.ClockControl;
import de.netzwerkbuero.platform.api.error.InvalidInputException;
import de.netzwerkbuero.platform.api.error.StaleVersionException;
import de.netzwerkbuero.platform.api.paging.PageRequest;
import jakarta.ejb.EJB;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.concurrent.Callable;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The platform facades in the server: EclipseLink as provider, role checks per facade, the clock. */
@ExtendWith(ArquillianExtension.class)
class PlatformFacadesIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.withTests(PlatformFacadesIT.class);
    }

    @PersistenceContext(unitName = "platform-ejb.jar#platform")
    private EntityManager em;

    @EJB
    private Accounts accounts;
    @EJB
    private AuditLog auditLog;
    @EJB
    private AuditTrail auditTrail;
    @EJB
    private Directory directory;
    @EJB
    private BusinessClock clock;
    @EJB
    private ClockControl clockControl;

    @EJB
    private AsAdmin admin;
    @EJB
    private AsOffice office;
    @EJB
    private AsLead lead;
    @EJB
    private AsAuditor auditor;

    @Test
    void eclipseLinkIsTheProviderAndEntitiesAreWoven() throws Exception {
        assertTrue(em.getEntityManagerFactory().getClass().getName().startsWith("org.eclipse.persistence"),
                em.getEntityManagerFactory().getClass().getName());
        AccountView created = admin.call(() -> accounts.create(new NewAccount("persisted", "Persisted", "p@example.org",
                Set.of("office"), "ein-langes-passwort".toCharArray())));
        Object stored = em.createQuery("select a from Account a where a.username = 'persisted'").getSingleResult();
        assertEquals(created.id(), em.getEntityManagerFactory().getPersistenceUnitUtil().getIdentifier(stored));
        assertTrue(stored instanceof org.eclipse.persistence.internal.weaving.PersistenceWeaved,
                "entities are woven, so lazy relations stay lazy");
    }

    @Test
    void accountAdministrationIsForAdministratorsOnly() throws Exception {
        Callable<?> list = () -> accounts.list(PageRequest.first(10));
        assertTrue(Caller.allowed(admin, list));
        assertFalse(Caller.allowed(office, list));
        assertFalse(Caller.allowed(lead, list));
        assertFalse(Caller.allowed(auditor, list));
        assertFalse(Caller.allowed(null, list), "anonymous");
    }

    @Test
    void theAuditTrailIsReadByAuditorsAndAdministrators() throws Exception {
        Callable<?> read = () -> auditLog.read(AuditQuery.latest(5));
        assertTrue(Caller.allowed(admin, read));
        assertTrue(Caller.allowed(auditor, read));
        assertFalse(Caller.allowed(office, read));
        assertFalse(Caller.allowed(lead, read));
        assertFalse(Caller.allowed(null, read), "anonymous");
        Callable<?> verify = () -> auditLog.verify();
        assertTrue(Caller.allowed(auditor, verify));
        assertFalse(Caller.allowed(office, verify));
    }

    @Test
    void theAuditTrailIsWrittenOnlyInsideTheCallersTransaction() {
        // MANDATORY: an entry without a surrounding change cannot be written.
        assertThrows(jakarta.ejb.EJBTransactionRequiredException.class,
                () -> auditTrail.record(AuditRecord.of("X", "Nothing", 1)));
    }

    @Test
    void theDirectoryNamesTheCallerAndTheirRoles() throws Exception {
        assertEquals("lead", lead.call(() -> directory.currentUser()));
        assertTrue(lead.call(() -> directory.currentUserHasRole("project-lead")));
        assertFalse(lead.call(() -> directory.currentUserHasRole("office")));
        assertEquals("system", directory.currentUser(), "unauthenticated work runs as the system");
    }

    @Test
    void passwordsAndInputsAreCheckedWithFieldViolations() throws Exception {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> admin.call(() ->
                accounts.create(new NewAccount("X", "", "no-mail", Set.of("wizard"), "short".toCharArray()))));
        assertEquals(Set.of("username", "displayName", "email", "roles", "password"),
                Set.copyOf(e.violations().stream().map(v -> v.field()).toList()));
    }

    @Test
    void aStaleVersionIsRefused() throws Exception {
        AccountView a = admin.call(() -> accounts.create(new NewAccount("versioned", "V", "v@example.org",
                Set.of("office"), "ein-langes-passwort".toCharArray())));
        AccountView changed = admin.call(() -> accounts.setRoles("versioned", Set.of("auditor"), a.version()));
        assertTrue(changed.version() > a.version());
        assertThrows(StaleVersionException.class,
                () -> admin.call(() -> accounts.setEnabled("versioned", false, a.version())));
    }

    @Test
    void theClockCanBeFixedOnTestServersAndReleased() {
        clockControl.fixAt(Instant.parse("2030-01-15T10:00:00Z"));
        try {
            assertEquals(LocalDate.of(2030, 1, 15), clock.today());
        } finally {
            clockControl.release();
        }
        assertTrue(clock.today().isBefore(LocalDate.of(2030, 1, 1)));
    }
}
