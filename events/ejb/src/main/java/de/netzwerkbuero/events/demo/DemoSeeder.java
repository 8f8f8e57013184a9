package de.netzwerkbuero.events.demo;

import de.netzwerkbuero.events.api.AgendaItemInput;
import de.netzwerkbuero.events.api.EventInput;
import de.netzwerkbuero.events.api.EventView;
import de.netzwerkbuero.events.api.Events;
import de.netzwerkbuero.events.api.NewRegistration;
import de.netzwerkbuero.events.boundary.RegistrationDesk;
import de.netzwerkbuero.events.domain.Event;
import de.netzwerkbuero.events.infrastructure.persistence.EventRepository;
import de.netzwerkbuero.membership.api.ContactSummary;
import de.netzwerkbuero.membership.api.MemberDirectory;
import de.netzwerkbuero.membership.api.MemberSummary;
import de.netzwerkbuero.platform.api.Roles;
import de.netzwerkbuero.platform.api.clock.BusinessClock;
import de.netzwerkbuero.platform.api.error.ApplicationProblem;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.logging.Logger;
import java.util.stream.LongStream;

/**
 * The steps of seeding, each in a transaction of its own and each done once: the events through the office's
 * facade (so they are validated and audited), the registrations through the registration desk without mail.
 */
@Stateless
@PermitAll
@RunAs(Roles.OFFICE)
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class DemoSeeder {

    private static final Logger LOG = Logger.getLogger(DemoSeeder.class.getName());
    // MemberDirectory offers no listing: demo members are found among the first ids the sequence hands out.
    static final int PROBED_MEMBER_IDS = 2_000;
    static final int PROBE_CHUNK = 500;

    @EJB
    private Events events;

    @EJB
    private MemberDirectory members;

    @EJB
    private BusinessClock clock;

    @Inject
    private EventRepository eventRepository;

    @Inject
    private RegistrationDesk desk;

    public void createEventsIfMissing() {
        if (eventRepository.any()) {
            return;
        }
        DemoEvents demo = new DemoEvents(clock.today());
        events.publish(events.create(demo.networkMeeting()).id());
        EventView werkstatt = events.create(demo.werkstatt(null));
        for (AgendaItemInput item : demo.werkstattAgenda()) {
            events.addAgendaItem(werkstatt.id(), item);
        }
        events.publish(werkstatt.id());
        events.publish(events.create(demo.seminar()).id());
        fillWithGuests(events.publish(events.create(demo.inspirationTrip()).id()).id());
        events.create(demo.webinarDraft());
        LOG.info("Demo events created.");
    }

    private void fillWithGuests(long eventId) {
        Event trip = eventRepository.find(eventId).orElseThrow();
        for (String[] guest : DemoEvents.GUESTS) {
            String email = (guest[0] + "." + guest[1]).toLowerCase(Locale.ROOT).replace("ü", "ue") + "@example.org";
            desk.register(trip, NewRegistration.guest(guest[0], guest[1], email, guest[2]),
                    RegistrationDesk.Channel.SEED);
        }
    }

    /** @return whether the member part is done (now or before); {@code false} while no active member exists */
    public boolean addMembersIfMissing() {
        Event werkstatt = eventRepository.findByTitle(DemoEvents.WERKSTATT_TITLE).orElse(null);
        if (werkstatt == null || werkstatt.getHostMemberId() != null) {
            return true;
        }
        List<MemberSummary> active = activeMembers();
        if (active.isEmpty()) {
            return false;
        }
        MemberSummary host = active.stream().filter(m -> m.name().contains("Herzberg")).findFirst()
                .orElse(active.get(0));
        setHost(werkstatt.getId(), host.id());
        register(werkstatt, active, 6, 2);
        eventRepository.findByTitle(new DemoEvents(clock.today()).networkMeeting().title())
                .ifPresent(meeting -> register(meeting, active, 10, 1));
        eventRepository.findByTitle(new DemoEvents(clock.today()).seminar().title())
                .ifPresent(seminar -> register(seminar, active, 5, 1));
        LOG.info(() -> "Demo events: host and registrations of " + active.size() + " active members added.");
        return true;
    }

    private void setHost(long eventId, long memberId) {
        EventView e = events.get(eventId);
        events.update(eventId, e.version(), new EventInput(e.type(), e.format(), e.title(), e.description(),
                e.startsAt(), e.endsAt(), e.venue(), e.onlineUrl(), memberId, e.capacity(), e.perMemberQuota(),
                e.audience(), e.registrationOpensAt(), e.registrationClosesAt(), e.projectId()));
    }

    /** Registers up to {@code perMember} contacts of each of the first {@code memberCount} members. */
    private void register(Event event, List<MemberSummary> active, int memberCount, int perMember) {
        for (MemberSummary member : active.subList(0, Math.min(memberCount, active.size()))) {
            List<ContactSummary> contacts = members.contactsOf(member.id()).stream()
                    .filter(c -> c.email() != null && !c.email().isBlank())
                    .sorted(Comparator.comparing(ContactSummary::primary).reversed())
                    .limit(perMember).toList();
            for (ContactSummary c : contacts) {
                try {
                    desk.register(event, new NewRegistration(member.id(), c.id(), c.firstName(), c.lastName(),
                            c.email()), RegistrationDesk.Channel.SEED);
                } catch (ApplicationProblem refused) {
                    // Refused before anything was written (the same address twice, a quota): leave them out.
                    LOG.fine(() -> "Demo registration skipped: " + refused.getMessage());
                }
            }
        }
    }

    private List<MemberSummary> activeMembers() {
        List<MemberSummary> found = new ArrayList<>();
        for (long from = 1; from <= PROBED_MEMBER_IDS; from += PROBE_CHUNK) {
            found.addAll(members.findAll(LongStream.range(from, from + PROBE_CHUNK).boxed().toList()));
        }
        return found.stream().filter(MemberSummary::active).sorted(Comparator.comparing(MemberSummary::id)).toList();
    }
}
