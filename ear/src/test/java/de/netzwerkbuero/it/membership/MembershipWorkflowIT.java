package de.netzwerkbuero.it.membership;

import de.netzwerkbuero.it.support.AsAdmin;
import de.netzwerkbuero.it.support.AsAuditor;
import de.netzwerkbuero.it.support.AsLead;
import de.netzwerkbuero.it.support.AsOffice;
import de.netzwerkbuero.it.support.Caller;
import de.netzwerkbuero.it.support.Deployments;
import de.netzwerkbuero.membership.api.AdmissionRoundData;
import de.netzwerkbuero.membership.api.AdmissionRoundStatus;
import de.netzwerkbuero.membership.api.AdmissionRoundView;
import de.netzwerkbuero.membership.api.AdmissionRounds;
import de.netzwerkbuero.membership.api.ApplicationView;
import de.netzwerkbuero.membership.api.ContactData;
import de.netzwerkbuero.membership.api.ContactView;
import de.netzwerkbuero.membership.api.Contacts;
import de.netzwerkbuero.membership.api.HistoryEntry;
import de.netzwerkbuero.membership.api.ImportProgress;
import de.netzwerkbuero.membership.api.MemberData;
import de.netzwerkbuero.membership.api.MemberDirectory;
import de.netzwerkbuero.membership.api.MemberFilter;
import de.netzwerkbuero.membership.api.MemberKind;
import de.netzwerkbuero.membership.api.MemberStatus;
import de.netzwerkbuero.membership.api.MemberView;
import de.netzwerkbuero.membership.api.Members;
import de.netzwerkbuero.membership.api.MunicipalityRegister;
import de.netzwerkbuero.membership.api.NewMember;
import de.netzwerkbuero.membership.api.PersonalData;
import de.netzwerkbuero.membership.api.ProfileData;
import de.netzwerkbuero.membership.api.Profiles;
import de.netzwerkbuero.membership.api.ProspectSignUp;
import de.netzwerkbuero.membership.api.Prospects;
import de.netzwerkbuero.membership.api.PublicProfile;
import de.netzwerkbuero.platform.api.audit.AuditEntry;
import de.netzwerkbuero.platform.api.audit.AuditLog;
import de.netzwerkbuero.platform.api.audit.AuditQuery;
import de.netzwerkbuero.platform.api.clock.BusinessClock;
import de.netzwerkbuero.platform.api.clock.ClockControl;
import de.netzwerkbuero.platform.api.error.InvalidInputException;
import de.netzwerkbuero.platform.api.error.NotFoundException;
import de.netzwerkbuero.platform.api.error.RuleViolationException;
import de.netzwerkbuero.platform.api.error.StaleVersionException;
import de.netzwerkbuero.platform.api.paging.PageRequest;
import jakarta.ejb.EJB;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.naming.InitialContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Membership's facades in the server against PostgreSQL: the workflow from the register to LEFT (with the
 * date-driven steps run as the timer runs them, on a fixed business clock), the admission-round race,
 * optimistic locking, contacts with the DSGVO requests, and who may call which facade method.
 * Every test uses AGS of its own, because the database is emptied once per run, not per test.
 */
@ExtendWith(ArquillianExtension.class)
class MembershipWorkflowIT {

    /** Averlak (SH): the member taken through the whole workflow. */
    private static final String WORKFLOW_AGS = "01051003";
    /** Brickeln and Buchholz (SH): the two applicants racing for the last place. */
    private static final String RACE_AGS_1 = "01051010";
    private static final String RACE_AGS_2 = "01051012";
    /** Barwedel (NI): optimistic locking. */
    private static final String LOCKING_AGS = "03151002";
    /** Bokensdorf (NI): contacts and personal data. */
    private static final String CONTACTS_AGS = "03151004";

    private static boolean registerImported;

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.withTests(MembershipWorkflowIT.class);
    }

    @EJB
    private Members members;
    @EJB
    private AdmissionRounds rounds;
    @EJB
    private Contacts contacts;
    @EJB
    private PersonalData personalData;
    @EJB
    private Profiles profiles;
    @EJB
    private Prospects prospects;
    @EJB
    private MunicipalityRegister register;
    @EJB
    private MemberDirectory directory;
    @EJB
    private AuditLog auditLog;
    @EJB
    private BusinessClock clock;
    @EJB
    private ClockControl clockControl;

    @EJB
    private AsOffice office;
    @EJB
    private AsAdmin admin;
    @EJB
    private AsLead lead;
    @EJB
    private AsAuditor auditor;

    @BeforeEach
    void registerIsLoaded() throws Exception {
        if (!registerImported) {
            office.call(() -> register.importBundled(ImportProgress.NONE));
            registerImported = true;
        }
    }

    @Test
    void thePipelineCountsMembersPerStatusForTheOfficeOnly() throws Exception {
        var counts = office.call(() -> members.countByStatus());
        assertEquals(MemberStatus.values().length, counts.size(), "every status, zero where none");
        long total = counts.values().stream().mapToLong(Long::longValue).sum();
        assertEquals(office.call(() -> members.list(new MemberFilter(null, null, null, null),
                PageRequest.first(1))).total(), total);
        assertFalse(Caller.allowed(lead, () -> members.countByStatus()));
        assertFalse(Caller.allowed(auditor, () -> members.countByStatus()));
    }

    @Test
    void aMemberGoesFromTheRegisterThroughAdmissionToActiveAndLeavesAtTheEndOfTheNotice() throws Exception {
        LocalDate today = clock.today();
        MemberView created = office.call(() -> members.create(new NewMember(MemberKind.KOMMUNE, null, WORKFLOW_AGS,
                "https://www.averlak.example", null)));
        assertEquals("Averlak", created.name(), "the name comes from the register");
        assertEquals("SH", created.state());
        assertNotNull(created.population());
        assertEquals(MemberStatus.PROSPECT, created.status());
        long id = created.id();
        assertTrue(office.call(() -> members.allowedActions(id)).contains("apply"));
        assertFalse(office.call(() -> members.allowedActions(id)).contains("admit"));

        // A forbidden action is refused by the EJB layer with the workflow's rule.
        RuleViolationException forbidden = assertThrows(RuleViolationException.class,
                () -> office.call(() -> members.transition(id, "admit", null, null)));
        assertEquals("membership.transitionNotAllowed", forbidden.key());

        assertEquals(MemberStatus.APPLIED, office.call(() -> members.transition(id, "apply", null, null)).status());

        RuleViolationException noApplication = assertThrows(RuleViolationException.class,
                () -> office.call(() -> members.transition(id, "review", null, null)));
        assertEquals("membership.applicationMissing", noApplication.key());
        office.call(() -> members.saveApplication(id, new ApplicationView("Leerstand beleben", "Austausch",
                "Alter Bahnhof", null, null, null, null, null, "Bürgermeisterin", null)));
        assertEquals(MemberStatus.IN_REVIEW, office.call(() -> members.transition(id, "review", null, null)).status());

        AdmissionRoundView round = openRound(today.plusDays(40), 5);
        RuleViolationException incomplete = assertThrows(RuleViolationException.class,
                () -> office.call(() -> members.transition(id, "admit", null, round.id())));
        assertEquals("membership.admissionIncomplete", incomplete.key());

        recordReview(id, today);
        MemberView admitted = office.call(() -> members.transition(id, "admit", "passt gut", round.id()));
        assertEquals(MemberStatus.ADMITTED, admitted.status());
        assertEquals(round.date(), admitted.joinedOn());
        assertEquals(1, office.call(() -> rounds.get(round.id())).admittedCount());

        office.call(() -> profiles.save(id, 0, new ProfileData("Averlak belebt seinen Dorfladen.",
                List.of("Dorfladen"), List.of("https://www.averlak.example/laden"), null)));
        RuleViolationException notActive = assertThrows(RuleViolationException.class,
                () -> office.call(() -> profiles.publish(id)));
        assertEquals("membership.profileMemberNotActive", notActive.key());

        try {
            clockControl.fixAt(morningOf(round.date().minusDays(1)));
            office.call(() -> members.applyDueTransitions());
            assertEquals(MemberStatus.ADMITTED, office.call(() -> members.get(id)).status(), "not before the date");

            clockControl.fixAt(morningOf(round.date()));
            assertTrue(office.call(() -> members.applyDueTransitions()).activated() >= 1);
            MemberView active = office.call(() -> members.get(id));
            assertEquals(MemberStatus.ACTIVE, active.status());
            assertEquals(round.date(), active.joinedOn());
            assertEquals(AdmissionRoundStatus.CLOSED, office.call(() -> rounds.get(round.id())).status(),
                    "a round whose date has come closes");

            // Only now may the (already written) profile be published; the public sees it.
            office.call(() -> profiles.publish(id));
            assertTrue(profiles.published().stream().anyMatch(p -> p.memberId() == id), "public for anonymous callers");

            InvalidInputException noReason = assertThrows(InvalidInputException.class,
                    () -> office.call(() -> members.transition(id, "resign", " ", null)));
            assertEquals("reason", noReason.violations().get(0).field());
            MemberView leaving = office.call(() -> members.transition(id, "resign", "Haushaltslage", null));
            assertEquals(MemberStatus.LEAVING, leaving.status());

            LocalDate noticeEnds = LocalDate.of(round.date().plusMonths(3).getYear(), 12, 31);
            clockControl.fixAt(morningOf(noticeEnds.minusDays(1)));
            office.call(() -> members.applyDueTransitions());
            assertEquals(MemberStatus.LEAVING, office.call(() -> members.get(id)).status(), "not before the notice ends");
            clockControl.fixAt(morningOf(noticeEnds));
            assertTrue(office.call(() -> members.applyDueTransitions()).left() >= 1);
            assertEquals(MemberStatus.LEFT, office.call(() -> members.get(id)).status());
        } finally {
            clockControl.release();
        }
        assertTrue(profiles.published(id).isEmpty(), "a member that left drops out of the public list");
        assertEquals(List.of(), office.call(() -> members.allowedActions(id)), "LEFT is final");

        List<HistoryEntry> history = office.call(() -> members.history(id));
        assertEquals(List.of("create", "apply", "review", "admit", "activate", "resign", "leave"),
                history.stream().map(HistoryEntry::action).toList());
        HistoryEntry resign = history.get(5);
        assertEquals(MemberStatus.ACTIVE, resign.from());
        assertEquals(MemberStatus.LEAVING, resign.to());
        assertEquals("office", resign.actor());
        assertEquals("Haushaltslage", resign.reason());
        assertNull(history.get(0).from());

        List<String> audited = auditor.call(() -> auditLog.read(AuditQuery.forEntity("Member", String.valueOf(id), 100)))
                .items().stream().map(AuditEntry::action).toList();
        for (String action : List.of("member.apply", "member.review", "member.admit", "member.activate",
                "member.resign", "member.leave")) {
            assertTrue(audited.contains(action), action + " is in the audit trail: " + audited);
        }
    }

    @Test
    void twoConcurrentAdmitsIntoTheLastPlaceLetExactlyOneWin() throws Exception {
        LocalDate today = clock.today();
        long first = applicantInReview(RACE_AGS_1, today);
        long second = applicantInReview(RACE_AGS_2, today);
        AdmissionRoundView round = openRound(today.plusDays(70), 1);

        ManagedExecutorService executor = InitialContext.doLookup("java:comp/DefaultManagedExecutorService");
        CountDownLatch start = new CountDownLatch(1);
        List<Future<MemberView>> results = new ArrayList<>();
        for (long id : List.of(first, second)) {
            results.add(executor.submit(() -> {
                start.await(10, TimeUnit.SECONDS);
                return office.call(() -> members.transition(id, "admit", null, round.id()));
            }));
        }
        start.countDown();

        int won = 0;
        List<Throwable> lost = new ArrayList<>();
        for (Future<MemberView> result : results) {
            try {
                assertEquals(MemberStatus.ADMITTED, result.get(60, TimeUnit.SECONDS).status());
                won++;
            } catch (ExecutionException e) {
                lost.add(e.getCause());
            }
        }
        assertEquals(1, won, "exactly one admit wins");
        assertEquals(1, lost.size());
        RuleViolationException full = instance(RuleViolationException.class, lost.get(0));
        assertEquals("membership.roundFull", full.key());
        assertEquals(1, office.call(() -> rounds.get(round.id())).admittedCount(), "the round is not overbooked");
        long admitted = List.of(first, second).stream()
                .filter(id -> call(() -> members.get(id)).status() == MemberStatus.ADMITTED).count();
        assertEquals(1, admitted);
    }

    @Test
    void aStaleVersionIsRefused() throws Exception {
        MemberView created = office.call(() -> members.create(new NewMember(MemberKind.KOMMUNE, null, LOCKING_AGS,
                null, null)));
        MemberView changed = office.call(() -> members.update(created.id(), created.version(),
                new MemberData(MemberKind.KOMMUNE, created.name(), LOCKING_AGS, "https://www.barwedel.example", null)));
        assertTrue(changed.version() > created.version());
        assertThrows(StaleVersionException.class, () -> office.call(() -> members.update(created.id(), created.version(),
                new MemberData(MemberKind.KOMMUNE, created.name(), LOCKING_AGS, null, "info@barwedel.example"))));
        assertEquals("https://www.barwedel.example", office.call(() -> members.get(created.id())).website(),
                "the stale change was not written");
    }

    @Test
    void keysAreCheckedAgainstTheRegisterAndUsedOnce() throws Exception {
        assertViolation("ags", "agsMalformed", () -> members.create(new NewMember(MemberKind.KOMMUNE, "X", "12AB5678", null, null)));
        assertViolation("ags", "agsUnknownState", () -> members.create(new NewMember(MemberKind.KOMMUNE, "X", "99051003", null, null)));
        assertViolation("ags", "agsNotInRegister", () -> members.create(new NewMember(MemberKind.KOMMUNE, "X", "12999999", null, null)));
        assertViolation("ags", "agsNotForPartner", () -> members.create(new NewMember(MemberKind.PARTNER, "Verein", "12060005", null, null)));
        MemberView partner = office.call(() -> members.create(new NewMember(MemberKind.PARTNER,
                "Partnerverein " + System.nanoTime(), null, null, null)));
        assertNull(partner.ags());
        assertNull(partner.state());
        MemberView one = office.call(() -> members.create(new NewMember(MemberKind.KOMMUNE, null, "12060181", null, null)));
        assertEquals("BB", one.state());
        assertViolation("ags", "agsTaken", () -> members.create(new NewMember(MemberKind.KOMMUNE, "Panketal", "12060181", null, null)));
    }

    @Test
    void contactsKeepTheirConsentAndCanBeExportedAndErased() throws Exception {
        MemberView member = office.call(() -> members.create(new NewMember(MemberKind.KOMMUNE, null, CONTACTS_AGS, null, null)));
        ContactView mayor = office.call(() -> contacts.add(member.id(), new ContactData("Erika", "Muster",
                "Bürgermeisterin", "erika.muster@bokensdorf.example", "05371 123", true, true)));
        assertTrue(mayor.primary());
        assertNotNull(mayor.consentAt());
        ContactView deputy = office.call(() -> contacts.add(member.id(), new ContactData("Max", "Beispiel",
                "Kämmerer", "max@bokensdorf.example", null, true, false)));
        assertTrue(deputy.primary());
        assertFalse(office.call(() -> contacts.get(mayor.id())).primary(), "one primary contact per member");
        assertNull(deputy.consentAt());

        String json = office.call(() -> personalData.exportContact(mayor.id()));
        assertTrue(json.contains("erika.muster@bokensdorf.example"), json);
        office.call(() -> {
            personalData.eraseContact(mayor.id());
            return null;
        });
        ContactView erased = office.call(() -> contacts.get(mayor.id()));
        assertTrue(erased.erased());
        assertNull(erased.email());
        assertFalse(office.call(() -> personalData.exportContact(mayor.id())).contains("erika"));
    }

    @Test
    void eachRoleIsAllowedOrRefusedPerFacadeMethod() throws Exception {
        MemberView any = office.call(() -> members.create(new NewMember(MemberKind.PARTNER,
                "Rollenprobe " + System.nanoTime(), null, null, null)));
        long id = any.id();
        List<Callable<?>> officeOnly = List.of(
                () -> members.list(MemberFilter.none(), PageRequest.first(5)),
                () -> members.get(id),
                () -> members.allowedActions(id),
                () -> members.history(id),
                () -> members.application(id),
                () -> members.applyDueTransitions(),
                () -> rounds.list(),
                () -> contacts.list(id),
                () -> profiles.get(id),
                () -> prospects.list(null, null, PageRequest.first(5)));
        for (Callable<?> work : officeOnly) {
            assertTrue(Caller.allowed(office, work), "office");
            assertFalse(Caller.allowed(lead, work), "project lead");
            assertFalse(Caller.allowed(auditor, work), "auditor");
            assertFalse(Caller.allowed(admin, work), "admin");
            assertFalse(Caller.allowed(null, work), "anonymous");
        }
        Callable<?> create = () -> members.create(new NewMember(MemberKind.PARTNER, "Unbefugt", null, null, null));
        assertFalse(Caller.allowed(lead, create));
        assertFalse(Caller.allowed(auditor, create));
        assertFalse(Caller.allowed(null, create));
        Callable<?> transition = () -> members.transition(id, "apply", null, null);
        assertFalse(Caller.allowed(lead, transition));
        assertFalse(Caller.allowed(null, transition));
        Callable<?> export = () -> personalData.exportProspect(Long.MAX_VALUE);
        assertFalse(Caller.allowed(lead, export));
        assertFalse(Caller.allowed(auditor, export));
        assertFalse(Caller.allowed(null, export));

        // Importing the register is office or admin work.
        Callable<?> importing = () -> register.importBundled(ImportProgress.NONE);
        assertTrue(Caller.allowed(admin, importing), "admin, and the re-import is idempotent");
        assertFalse(Caller.allowed(lead, importing));
        assertFalse(Caller.allowed(auditor, importing));
        assertFalse(Caller.allowed(null, importing));

        // Public: the register look-ups, the published profiles, the sign-up and its confirmation.
        for (Caller caller : new Caller[]{null, lead, auditor, admin, office}) {
            assertTrue(Caller.allowed(caller, () -> register.search("Herzberg", 5)));
            assertTrue(Caller.allowed(caller, () -> register.status()));
            assertTrue(Caller.allowed(caller, () -> profiles.published()));
            assertTrue(Caller.allowed(caller, () -> directory.find(id)), "the directory is open to every module");
        }
        assertTrue(register.search("Herzberg", 5).stream().anyMatch(e -> "Herzberg (Elster)".equals(e.name())));
        long prospect = prospects.signUp(new ProspectSignUp("Gemeinde Probe", null, "Paula Probe",
                "probe" + System.nanoTime() + "@example.org", true));
        assertTrue(prospect > 0, "anonymous sign-up");
        assertThrows(NotFoundException.class, () -> prospects.confirm("no-such-token"), "anonymous confirm, unknown token");
        InvalidInputException noConsent = assertThrows(InvalidInputException.class, () -> prospects.signUp(
                new ProspectSignUp("Gemeinde Probe", null, "Paula Probe", "ohne@example.org", false)));
        assertTrue(noConsent.violations().stream().anyMatch(v -> "consent".equals(v.field())));
    }

    // --- helpers ---

    private AdmissionRoundView openRound(LocalDate date, int capacity) throws Exception {
        AdmissionRoundView planned = office.call(() -> rounds.create(new AdmissionRoundData(date, date.minusDays(7), capacity)));
        assertEquals(AdmissionRoundStatus.PLANNED, planned.status());
        AdmissionRoundView open = office.call(() -> rounds.open(planned.id()));
        assertEquals(AdmissionRoundStatus.OPEN, open.status());
        return open;
    }

    private long applicantInReview(String ags, LocalDate today) throws Exception {
        long id = office.call(() -> members.create(new NewMember(MemberKind.KOMMUNE, null, ags, null, null))).id();
        office.call(() -> members.transition(id, "apply", null, null));
        office.call(() -> members.saveApplication(id, new ApplicationView("Motivation", null, null, null, null, null,
                null, null, null, null)));
        office.call(() -> members.transition(id, "review", null, null));
        recordReview(id, today);
        return id;
    }

    private void recordReview(long id, LocalDate today) throws Exception {
        ApplicationView current = office.call(() -> members.application(id));
        office.call(() -> members.saveApplication(id, new ApplicationView(current.motivation(), current.expectations(),
                current.vacancyProjects(), today.minusDays(2), "einstimmig empfohlen", today.minusDays(1),
                "gutes Gespräch", current.contactId(), current.contactPerson(), current.notes())));
    }

    private void assertViolation(String field, String key, Callable<?> work) {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> office.call(work));
        assertTrue(e.violations().stream().anyMatch(v -> field.equals(v.field()) && key.equals(v.key())),
                "expected " + field + "/" + key + " but got " + e.violations());
    }

    private <T> T call(Callable<T> work) {
        try {
            return office.call(work);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static Instant morningOf(LocalDate date) {
        return date.atTime(9, 0).atZone(BusinessClock.OFFICE_ZONE).toInstant();
    }

    private static <T> T instance(Class<T> type, Throwable thrown) {
        assertTrue(type.isInstance(thrown), "expected " + type.getSimpleName() + " but got " + thrown);
        return type.cast(thrown);
    }
}
