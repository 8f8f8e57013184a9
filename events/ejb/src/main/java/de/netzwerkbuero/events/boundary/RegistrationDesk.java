package de.netzwerkbuero.events.boundary;

import de.netzwerkbuero.events.api.Audience;
import de.netzwerkbuero.events.api.EventStatus;
import de.netzwerkbuero.events.api.NewRegistration;
import de.netzwerkbuero.events.domain.AudienceRule;
import de.netzwerkbuero.events.domain.EmailAddress;
import de.netzwerkbuero.events.domain.Event;
import de.netzwerkbuero.events.domain.MemberEmailRule;
import de.netzwerkbuero.events.domain.MemberQuota;
import de.netzwerkbuero.events.domain.Person;
import de.netzwerkbuero.events.domain.PlaceAllocation;
import de.netzwerkbuero.events.domain.Registration;
import de.netzwerkbuero.events.domain.RegistrationInputCheck;
import de.netzwerkbuero.events.domain.Seat;
import de.netzwerkbuero.events.infrastructure.mail.RegistrationMails;
import de.netzwerkbuero.events.infrastructure.persistence.EventPlaces;
import de.netzwerkbuero.events.infrastructure.persistence.RegistrationRepository;
import de.netzwerkbuero.membership.api.ContactSummary;
import de.netzwerkbuero.membership.api.MemberDirectory;
import de.netzwerkbuero.membership.api.MemberSummary;
import de.netzwerkbuero.platform.api.audit.AuditRecord;
import de.netzwerkbuero.platform.api.audit.AuditTrail;
import de.netzwerkbuero.platform.api.clock.BusinessClock;
import de.netzwerkbuero.platform.api.error.InvalidInputException;
import de.netzwerkbuero.platform.api.error.RuleViolationException;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BooleanSupplier;

/**
 * The registration work shared by the facades and the demo data: registering with every rule, cancelling
 * with moving up the waiting list, and ending all registrations of a cancelled event. Runs in the caller's
 * transaction; audit records name ids and states only, never a person's name or address, because the audit
 * trail can never be erased.
 */
@ApplicationScoped
public class RegistrationDesk {

    static final String REGISTRATION = "Registration";

    /** Refusals whose text would tell an anonymous caller about a member (its status, its addresses). */
    private static final Set<String> NAMES_OTHERS = Set.of("events.registration.memberNotActive",
            "events.registration.membersAndProspectsOnly", "events.registration.notMemberEmail");

    @EJB
    private MemberDirectory members;

    @EJB
    private AuditTrail audit;

    @EJB
    private BusinessClock clock;

    @Inject
    private RegistrationRepository registrations;

    @Inject
    private EventPlaces places;

    @Inject
    private RegistrationMails mails;

    /** How a registration came in: who checks what, and whether the person is told. */
    public enum Channel {
        /** The office: no registration window. */
        OFFICE(false, false, true),
        /** The person themselves: window, and a members-only place needs the member's address. */
        SELF_SERVICE(true, true, true),
        /** Demo data: as the office, without mail. */
        SEED(false, false, false);

        final boolean enforceWindow;
        final boolean requireMemberEmail;
        final boolean notify;

        Channel(boolean enforceWindow, boolean requireMemberEmail, boolean notify) {
            this.enforceWindow = enforceWindow;
            this.requireMemberEmail = requireMemberEmail;
            this.notify = notify;
        }
    }

    /**
     * Registers with every rule of the channel. Self-service answers no question about other people: an address
     * that is already registered gets a mail saying so (and the existing registration is returned), and a refusal
     * for audience or member address does not name the member or its status.
     */
    public Registration register(Event event, NewRegistration input, Channel channel) {
        RegistrationInputCheck.requireValid(input);
        OffsetDateTime now = clock.nowInOffice();
        event.requireTakesRegistrations(now, channel.enforceWindow);
        MemberSummary member = member(input);
        String email = EmailAddress.normalize(input.email());
        BooleanSupplier confirmedProspect = once(() -> members.isConfirmedProspect(email));
        if (channel == Channel.SELF_SERVICE) {
            requireEligibleNeutrally(event, input, member, confirmedProspect);
            Optional<Registration> existing = registrations.activeByEmail(event.getId(), email);
            if (existing.isPresent()) {
                mails.alreadyRegistered(event, existing.get());
                return existing.get();
            }
        } else {
            requireEligible(event, input, member, confirmedProspect, channel);
            requireNoDuplicate(event, email);
        }
        if (member != null) {
            MemberQuota.require(event.getPerMemberQuota(), registrations.activeOfMember(event.getId(), member.id()));
        }
        Seat seat = allocation().seatFor(event.getId());
        Registration registration = new Registration(event.getId(), person(input, member), seat, now);
        registrations.add(registration);
        flushOrDuplicate(event, channel);
        audit.record(AuditRecord.of("registration.created", REGISTRATION, registration.getId())
                .set("eventId", event.getId()).set("memberId", registration.getMemberId())
                .set("contactId", registration.getContactId()).set("status", registration.getStatus())
                .set("waitlistNumber", registration.getWaitlistNumber()).set("channel", channel));
        if (channel.notify) {
            if (seat.confirmed()) {
                mails.confirmed(event, registration);
            } else {
                mails.waitlisted(event, registration,
                        registrations.waitlistPositions(event.getId()).getOrDefault(registration.getId(), 1));
            }
        }
        return registration;
    }

    private void requireEligible(Event event, NewRegistration input, MemberSummary member,
                                 BooleanSupplier confirmedProspect, Channel channel) {
        AudienceRule.require(event.getAudience(), member, confirmedProspect);
        if (channel.requireMemberEmail && member != null && event.getAudience() != Audience.PUBLIC
                && !(event.getAudience() == Audience.MEMBERS_AND_PROSPECTS && confirmedProspect.getAsBoolean())) {
            MemberEmailRule.require(input.email(), member, members.contactsOf(member.id()));
        }
    }

    // The office reads which rule refused and why; an anonymous caller must not learn a member's status or which
    // addresses belong to it, so every refusal that depends on them reads the same.
    private void requireEligibleNeutrally(Event event, NewRegistration input, MemberSummary member,
                                          BooleanSupplier confirmedProspect) {
        try {
            requireEligible(event, input, member, confirmedProspect, Channel.SELF_SERVICE);
        } catch (RuleViolationException refused) {
            if (NAMES_OTHERS.contains(refused.key())) {
                throw new RuleViolationException("events.registration.notEligible",
                        "We cannot register you with these details. Members register with the e-mail address of "
                                + "their organisation; events for prospects need a confirmed sign-up as prospect.");
            }
            throw refused;
        }
    }

    private static BooleanSupplier once(BooleanSupplier question) {
        Boolean[] answer = new Boolean[1];
        return () -> {
            if (answer[0] == null) {
                answer[0] = question.getAsBoolean();
            }
            return answer[0];
        };
    }

    private MemberSummary member(NewRegistration input) {
        if (input.memberId() == null) {
            return null;
        }
        MemberSummary member = members.find(input.memberId()).orElseThrow(() -> InvalidInputException.of(
                "memberId", "unknownMember", "names no member"));
        if (input.contactId() != null) {
            ContactSummary contact = members.contact(input.contactId()).orElse(null);
            if (contact == null || contact.memberId() != member.id()) {
                throw InvalidInputException.of("contactId", "unknownContact", "names no contact of this member");
            }
        }
        return member;
    }

    private static Person person(NewRegistration input, MemberSummary member) {
        String organisation = member != null ? member.name()
                : input.organisation() == null || input.organisation().isBlank() ? null : input.organisation().trim();
        return new Person(member == null ? null : member.id(), input.contactId(), input.firstName(),
                input.lastName(), input.email(), organisation);
    }

    private void requireNoDuplicate(Event event, String normalizedEmail) {
        if (registrations.activeWithEmail(event.getId(), normalizedEmail)) {
            throw duplicate(normalizedEmail);
        }
    }

    // A concurrent registration of the same address passes the check above; the unique constraint catches it.
    // Self-service is not told why: a second try then takes the already-registered path.
    private void flushOrDuplicate(Event event, Channel channel) {
        try {
            registrations.flush();
        } catch (PersistenceException e) {
            if (channel == Channel.SELF_SERVICE) {
                throw new RuleViolationException("events.registration.tryAgain",
                        "The registration could not be completed; please try again.");
            }
            throw new RuleViolationException("events.registration.duplicate",
                    "This address is already registered for event {0}.", event.getId());
        }
    }

    private static RuleViolationException duplicate(String email) {
        return new RuleViolationException("events.registration.duplicate",
                "{0} is already registered for this event.", email);
    }

    /**
     * Cancels one registration; a place it held goes to the first person waiting.
     *
     * @param byPerson the person cancels with their link: only before the event starts
     */
    public void cancel(Event event, Registration registration, boolean byPerson) {
        OffsetDateTime now = clock.nowInOffice();
        boolean eventOpen = event.getStatus() == EventStatus.PUBLISHED
                || event.getStatus() == EventStatus.REGISTRATION_CLOSED;
        if (!eventOpen || byPerson && !now.isBefore(event.getStartsAt())) {
            throw new RuleViolationException("events.registration.notCancellable",
                    "Registrations of event {0} can no longer be cancelled.", event.getId());
        }
        var before = registration.getStatus();
        boolean freed = registration.cancel(now);
        audit.record(AuditRecord.of("registration.cancelled", REGISTRATION, registration.getId())
                .change("status", before, registration.getStatus()).set("eventId", event.getId())
                .set("byPerson", byPerson));
        mails.cancelled(event, registration);
        if (freed) {
            registrations.flush();
            moveUp(event, allocation().release(event.getId(), now));
        }
    }

    /** Gives free places (after a higher capacity) to the people waiting. */
    public void fillFreePlaces(Event event) {
        registrations.flush();
        moveUp(event, allocation().fillFreePlaces(event.getId(), clock.nowInOffice()));
    }

    private void moveUp(Event event, List<Registration> promoted) {
        for (Registration registration : promoted) {
            audit.record(AuditRecord.of("registration.promoted", REGISTRATION, registration.getId())
                    .change("status", "WAITLISTED", registration.getStatus()).set("eventId", event.getId()));
            mails.promoted(event, registration);
        }
    }

    /** Ends every registration of a cancelled event and tells each person; returns how many there were. */
    public int cancelAll(Event event) {
        OffsetDateTime now = clock.nowInOffice();
        // Writing the status first locks the event's row: registrations still under way finish before the
        // list is read, and later ones find the event cancelled.
        registrations.flush();
        List<Registration> active = registrations.active(event.getId());
        for (Registration registration : active) {
            registration.cancelWithEvent(now);
            mails.eventCancelled(event, registration);
        }
        registrations.flush();
        places.releaseAll(event.getId());
        return active.size();
    }

    /** Tells everyone registered that time or place changed, with the new calendar entry. */
    public void announceChange(Event event) {
        registrations.active(event.getId()).forEach(r -> mails.eventChanged(event, r));
    }

    private PlaceAllocation allocation() {
        return new PlaceAllocation(places, registrations);
    }
}
