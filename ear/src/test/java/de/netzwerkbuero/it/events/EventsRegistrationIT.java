package de.netzwerkbuero.it.events;

import de.netzwerkbuero.events.api.Audience;
import de.netzwerkbuero.events.api.EventFormat;
import de.netzwerkbuero.events.api.EventInput;
import de.netzwerkbuero.events.api.EventReminders;
import de.netzwerkbuero.events.api.EventStatus;
import de.netzwerkbuero.events.api.EventType;
import de.netzwerkbuero.events.api.EventView;
import de.netzwerkbuero.events.api.Events;
import de.netzwerkbuero.events.api.EventFilter;
import de.netzwerkbuero.events.api.NewRegistration;
import de.netzwerkbuero.events.api.ParticipantExports;
import de.netzwerkbuero.events.api.PublicEvents;
import de.netzwerkbuero.events.api.RegistrationFilter;
import de.netzwerkbuero.events.api.RegistrationStatus;
import de.netzwerkbuero.events.api.RegistrationView;
import de.netzwerkbuero.events.api.Registrations;
import de.netzwerkbuero.it.support.AsAdmin;
import de.netzwerkbuero.membership.api.MemberKind;
import de.netzwerkbuero.membership.api.MemberView;
import de.netzwerkbuero.membership.api.Members;
import de.netzwerkbuero.membership.api.NewMember;
import de.netzwerkbuero.it.support.AsAuditor;
import de.netzwerkbuero.it.support.AsLead;
import de.netzwerkbuero.it.support.AsOffice;
import de.netzwerkbuero.it.support.Caller;
import de.netzwerkbuero.it.support.Deployments;
import de.netzwerkbuero.platform.api.clock.BusinessClock;
import de.netzwerkbuero.platform.api.error.NotFoundException;
import de.netzwerkbuero.platform.api.error.RuleViolationException;
import de.netzwerkbuero.platform.api.paging.PageRequest;
import jakarta.ejb.EJB;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Registrations in the server against PostgreSQL: the capacity holds under 200 concurrent registrations,
 * the waiting list moves up by itself, duplicates and closed events are refused, cancelling an event
 * cancels every registration, and each facade admits only the roles it names.
 */
@ExtendWith(ArquillianExtension.class)
class EventsRegistrationIT {

    private static final int PLACES = 50;
    private static final int PEOPLE = 200;
    private static final int THREADS = 32;

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.withTests(EventsRegistrationIT.class);
    }

    @EJB
    private Events events;
    @EJB
    private Registrations registrations;
    @EJB
    private Members members;
    @EJB
    private PublicEvents publicEvents;
    @EJB
    private ParticipantExports exports;
    @EJB
    private EventReminders reminders;

    @EJB
    private AsOffice office;
    @EJB
    private AsAuditor auditor;
    @EJB
    private AsLead lead;
    @EJB
    private AsAdmin admin;

    @Test
    void twoHundredConcurrentRegistrationsForFiftyPlacesGiveFiftyConfirmedAndAHundredAndFiftyWaiting() throws Exception {
        EventView event = published("Werkstatt Leerstand " + unique(), PLACES, Audience.PUBLIC);
        String run = unique();
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        List<Future<RegistrationView>> futures = new ArrayList<>();
        try {
            for (int i = 0; i < PEOPLE; i++) {
                int n = i;
                futures.add(pool.submit(() -> office.call(() -> registrations.register(event.id(),
                        NewRegistration.guest("Person", "Nr" + n, "person" + n + "-" + run + "@example.org", null)))));
            }
            List<RegistrationView> answers = new ArrayList<>();
            for (Future<RegistrationView> future : futures) {
                answers.add(future.get(5, TimeUnit.MINUTES));
            }
            assertEquals(PLACES, answers.stream().filter(r -> r.status() == RegistrationStatus.CONFIRMED).count());
            assertEquals(PEOPLE - PLACES, answers.stream().filter(r -> r.status() == RegistrationStatus.WAITLISTED).count());
        } finally {
            pool.shutdownNow();
        }

        List<RegistrationView> stored = office.call(() -> registrations.list(event.id(), RegistrationFilter.none(),
                new PageRequest(0, PageRequest.MAX_SIZE, null)).items());
        assertEquals(PEOPLE, stored.size(), "no registration is lost");
        Map<RegistrationStatus, Long> byStatus = stored.stream()
                .collect(Collectors.groupingBy(RegistrationView::status, Collectors.counting()));
        assertEquals(Map.of(RegistrationStatus.CONFIRMED, (long) PLACES, RegistrationStatus.WAITLISTED,
                (long) (PEOPLE - PLACES)), byStatus);
        Set<Integer> positions = stored.stream().filter(r -> r.status() == RegistrationStatus.WAITLISTED)
                .map(RegistrationView::waitlistPosition).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(IntStream.rangeClosed(1, PEOPLE - PLACES).boxed().collect(Collectors.toCollection(TreeSet::new)),
                positions, "waiting-list positions are 1..150, each once");
        assertEquals(PEOPLE, stored.stream().map(RegistrationView::email).distinct().count());

        EventView counted = office.call(() -> events.get(event.id()));
        assertEquals(PLACES, counted.confirmedCount());
        assertEquals(PEOPLE - PLACES, counted.waitlistCount());
    }

    @Test
    void cancellingAConfirmedPlaceConfirmsTheFirstWaiting() throws Exception {
        EventView event = published("Netzwerktreffen " + unique(), 2, Audience.PUBLIC);
        RegistrationView first = register(event, "erste");
        register(event, "zweite");
        RegistrationView third = register(event, "dritte");
        RegistrationView fourth = register(event, "vierte");
        assertEquals(RegistrationStatus.WAITLISTED, third.status());
        assertEquals(1, third.waitlistPosition());
        assertEquals(2, fourth.waitlistPosition());

        RegistrationView cancelled = office.call(() -> registrations.cancel(first.id()));
        assertEquals(RegistrationStatus.CANCELLED, cancelled.status());

        RegistrationView movedUp = office.call(() -> registrations.get(third.id()));
        assertEquals(RegistrationStatus.CONFIRMED, movedUp.status());
        assertNull(movedUp.waitlistPosition());
        assertEquals(1, office.call(() -> registrations.get(fourth.id())).waitlistPosition());
        EventView counted = office.call(() -> events.get(event.id()));
        assertEquals(2, counted.confirmedCount());
        assertEquals(1, counted.waitlistCount());
    }

    @Test
    void theSameAddressCannotRegisterTwice() throws Exception {
        EventView event = published("Seminar Umnutzung " + unique(), 10, Audience.PUBLIC);
        String email = "doppelt-" + unique() + "@example.org";
        office.call(() -> registrations.register(event.id(), NewRegistration.guest("Dora", "Doppelt", email, null)));
        RuleViolationException refused = assertThrows(RuleViolationException.class, () -> office.call(() ->
                registrations.register(event.id(), NewRegistration.guest("Dora", "Doppelt", email, null))));
        assertEquals("events.registration.duplicate", refused.key());
        // Self-service is not told: it answers as for a new registration and mails the address instead.
        registrations.registerSelf(event.id(), NewRegistration.guest("Dora", "Doppelt", email, null));
        assertEquals(1, office.call(() -> events.get(event.id())).confirmedCount());
    }

    @Test
    void unpublishedAndCancelledEventsTakeNoRegistrations() throws Exception {
        EventView draft = office.call(() -> events.create(input("Entwurf " + unique(), 10, Audience.PUBLIC)));
        RuleViolationException notOpen = assertThrows(RuleViolationException.class, () -> register(draft, "entwurf"));
        assertEquals("events.registration.eventNotOpen", notOpen.key());
        assertThrows(NotFoundException.class, () -> registrations.registerSelf(draft.id(),
                NewRegistration.guest("Anna", "Anonym", "anonym-" + unique() + "@example.org", null)),
                "the public does not see drafts");

        EventView cancelled = published("Abgesagt " + unique(), 10, Audience.PUBLIC);
        office.call(() -> events.cancel(cancelled.id(), "Krankheit"));
        assertEquals("events.registration.eventNotOpen",
                assertThrows(RuleViolationException.class, () -> register(cancelled, "zuspaet")).key());
        assertEquals("events.registration.eventNotOpen", assertThrows(RuleViolationException.class, () ->
                registrations.registerSelf(cancelled.id(), NewRegistration.guest("Zu", "Spät",
                        "zuspaet-self-" + unique() + "@example.org", null))).key());
    }

    @Test
    void aMembersOnlyEventRefusesAGuestWithAClearReason() throws Exception {
        EventView event = published("Mitgliederforum " + unique(), 10, Audience.MEMBERS);
        RuleViolationException refused = assertThrows(RuleViolationException.class, () -> register(event, "gast"));
        assertEquals("events.registration.membersOnly", refused.key());
    }

    @Test
    void selfServiceIsRefusedWithoutNamingTheMemberOrItsStatus() throws Exception {
        EventView event = published("Mitgliedertreffen " + unique(), 10, Audience.MEMBERS);
        String name = "Förderverein Stille " + unique();
        MemberView member = office.call(() -> members.create(new NewMember(MemberKind.PARTNER, name, null, null,
                "info@stille-" + unique() + ".example")));
        NewRegistration input = new NewRegistration(member.id(), null, "Nora", "Neugier",
                "nora-" + unique() + "@example.org");

        RuleViolationException forOffice = assertThrows(RuleViolationException.class,
                () -> office.call(() -> registrations.register(event.id(), input)));
        assertEquals("events.registration.memberNotActive", forOffice.key(), "the office reads the reason");
        assertTrue(forOffice.getMessage().contains(name), forOffice.getMessage());

        RuleViolationException forAnyone = assertThrows(RuleViolationException.class,
                () -> registrations.registerSelf(event.id(), input));
        assertEquals("events.registration.notEligible", forAnyone.key());
        assertEquals(0, forAnyone.args().length);
        assertFalse(forAnyone.getMessage().contains(name) || forAnyone.getMessage().contains("PROSPECT"),
                forAnyone.getMessage());
        assertEquals(0, office.call(() -> events.get(event.id())).confirmedCount());
    }

    @Test
    void cancellingTheEventCancelsEveryRegistration() throws Exception {
        EventView event = published("Inspirationsreise " + unique(), 1, Audience.PUBLIC);
        RegistrationView confirmed = register(event, "bestaetigt");
        RegistrationView waiting = register(event, "wartend");
        assertEquals(RegistrationStatus.CONFIRMED, confirmed.status());
        assertEquals(RegistrationStatus.WAITLISTED, waiting.status());

        EventView cancelled = office.call(() -> events.cancel(event.id(), "Zu wenige Anmeldungen"));
        assertEquals(EventStatus.CANCELLED, cancelled.status());
        List<RegistrationView> after = office.call(() -> registrations.list(event.id(), RegistrationFilter.none(),
                PageRequest.first(50)).items());
        assertEquals(2, after.size());
        assertTrue(after.stream().allMatch(r -> r.status() == RegistrationStatus.CANCELLED), after.toString());
        assertEquals(0, cancelled.confirmedCount());
        assertEquals(0, cancelled.waitlistCount());
    }

    @Test
    void eachFacadeAdmitsOnlyItsRoles() throws Exception {
        EventView event = published("Rollen " + unique(), 10, Audience.PUBLIC);
        RegistrationView registration = register(event, "rolle");
        Callable<?> create = () -> events.create(input("Rollentest " + unique(), 5, Audience.PUBLIC));
        Callable<?> list = () -> events.list(EventFilter.none(), PageRequest.first(5));
        Callable<?> publish = () -> events.publish(event.id());
        Callable<?> registerOffice = () -> registrations.register(event.id(),
                NewRegistration.guest("R", "Olle", "rolle-" + unique() + "@example.org", null));
        Callable<?> registerSelf = () -> {
            registrations.registerSelf(event.id(),
                    NewRegistration.guest("S", "Elbst", "selbst-" + unique() + "@example.org", null));
            return null;
        };
        Callable<?> listRegistrations = () -> registrations.list(event.id(), RegistrationFilter.none(), PageRequest.first(5));
        Callable<?> csv = () -> exports.csv(event.id());
        Callable<?> upcoming = () -> publicEvents.upcoming(EventFilter.none(), PageRequest.first(5));
        Callable<?> runReminders = () -> reminders.sendDueReminders();
        Callable<?> getRegistration = () -> registrations.get(registration.id());

        Caller anonymous = null;
        Map<String, Caller> callers = new java.util.LinkedHashMap<>();
        callers.put("office", office);
        callers.put("auditor", auditor);
        callers.put("lead", lead);
        callers.put("admin", admin);
        callers.put("anonymous", anonymous);
        Function<Callable<?>, Map<String, Boolean>> matrix = work -> {
            Map<String, Boolean> allowed = new java.util.LinkedHashMap<>();
            callers.forEach((name, caller) -> allowed.put(name, roleAllows(caller, work)));
            return allowed;
        };

        assertEquals(expect(true, false, false, false, false), matrix.apply(create), "Events.create");
        assertEquals(expect(true, true, true, false, false), matrix.apply(list), "Events.list");
        assertEquals(expect(true, true, true, false, false), matrix.apply(listRegistrations), "Registrations.list");
        assertEquals(expect(true, true, true, false, false), matrix.apply(csv), "ParticipantExports.csv");
        assertEquals(expect(true, false, false, false, false), matrix.apply(registerOffice), "Registrations.register");
        assertEquals(expect(true, true, true, true, true), matrix.apply(registerSelf), "Registrations.registerSelf");
        assertEquals(expect(true, true, true, true, true), matrix.apply(upcoming), "PublicEvents.upcoming");
        assertEquals(expect(true, false, false, false, false), matrix.apply(runReminders), "EventReminders");
        assertEquals(expect(true, true, true, false, false), matrix.apply(getRegistration), "Registrations.get");
        assertEquals(expect(true, false, false, false, false), matrix.apply(publish), "Events.publish");

        // Object level: an event without a funding project is not the auditor's or the lead's to read.
        assertThrows(NotFoundException.class, () -> auditor.call(() -> events.get(event.id())));
        assertThrows(NotFoundException.class, () -> lead.call(() -> exports.signInSheet(event.id())));
    }

    /** Whether the role passes the EJB layer: rule violations and object-level refusals come after that check. */
    private static boolean roleAllows(Caller caller, Callable<?> work) {
        try {
            return Caller.allowed(caller, work);
        } catch (RuleViolationException | NotFoundException passedTheRoleCheck) {
            return true;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, Boolean> expect(boolean office, boolean auditor, boolean lead, boolean admin,
                                               boolean anonymous) {
        Map<String, Boolean> expected = new java.util.LinkedHashMap<>();
        expected.put("office", office);
        expected.put("auditor", auditor);
        expected.put("lead", lead);
        expected.put("admin", admin);
        expected.put("anonymous", anonymous);
        return expected;
    }

    private RegistrationView register(EventView event, String name) throws Exception {
        return office.call(() -> registrations.register(event.id(),
                NewRegistration.guest("Test", name, name + "-" + unique() + "@example.org", "Gemeinde Beispiel")));
    }

    private EventView published(String title, int capacity, Audience audience) throws Exception {
        return office.call(() -> {
            EventView draft = events.create(input(title, capacity, audience));
            return events.publish(draft.id());
        });
    }

    /** A one-day Werkstatt 11:00–16:30 in two weeks (office time). */
    static EventInput input(String title, int capacity, Audience audience) {
        ZonedDateTime day = ZonedDateTime.now(BusinessClock.OFFICE_ZONE).plusDays(14).withHour(11).withMinute(0)
                .withSecond(0).withNano(0);
        OffsetDateTime start = day.toOffsetDateTime();
        OffsetDateTime end = day.withHour(16).withMinute(30).toOffsetDateTime();
        return new EventInput(EventType.WERKSTATT, EventFormat.ON_SITE, title, "Leerstand gemeinsam beleben.", start,
                end, "Rathaus Beispielstadt, Marktplatz 1", null, null, capacity, null, audience, null, null, null);
    }

    static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
