package de.netzwerkbuero.events.api;

import de.netzwerkbuero.platform.api.paging.Page;
import de.netzwerkbuero.platform.api.paging.PageRequest;
import jakarta.ejb.Local;

/**
 * Registrations, the waiting list and check-in. A registration gets a place (CONFIRMED) while the capacity
 * allows, otherwise it joins the waiting list (WAITLISTED, first come first served) and moves up by itself
 * when a place frees. Rules refused with a {@link de.netzwerkbuero.platform.api.error.RuleViolationException}
 * (409) and these keys: {@code events.registration.eventNotOpen}, {@code .notYetOpen}, {@code .closed},
 * {@code .membersOnly}, {@code .memberNotActive}, {@code .membersAndProspectsOnly}, {@code .notMemberEmail},
 * {@code .quotaReached}, {@code .duplicate}, {@code .notCancellable}, {@code .checkInNotAllowed},
 * {@code .checkInTooEarly}, {@code .noShowNotAllowed}; self-service refuses with {@code .notEligible} instead of
 * {@code .memberNotActive}, {@code .membersAndProspectsOnly} and {@code .notMemberEmail} (which name a member's
 * status or addresses), and with {@code .tryAgain} instead of a racing {@code .duplicate}. Malformed input is an
 * {@link de.netzwerkbuero.platform.api.error.InvalidInputException} (400).
 * List sort fields: {@code registeredAt} (default), {@code lastName}, {@code status}, {@code organisation}.
 */
@Local
public interface Registrations {

    /** The office registers someone: every rule applies but the registration window. */
    RegistrationView register(long eventId, NewRegistration registration);

    /**
     * Anyone registers themselves for a published event whose audience and window allow it. For members-only
     * events the e-mail must belong to the member (its own or a contact's address or domain); a contact id is
     * refused (400), the office chooses contacts. Answers nothing: the person learns the outcome (a place, the
     * waiting list, or that the address was already registered) by mail, so the answer does not tell who is
     * registered.
     */
    void registerSelf(long eventId, NewRegistration registration);

    RegistrationView get(long registrationId);

    /** Office; auditors for events of funding projects; project leads for events of their projects. */
    Page<RegistrationView> list(long eventId, RegistrationFilter filter, PageRequest page);

    /** The office cancels a CONFIRMED or WAITLISTED registration; a freed place goes to the first waiting. */
    RegistrationView cancel(long registrationId);

    /** The registration a personal cancel link points to (for the confirmation page); unknown → not found. */
    RegistrationView findByToken(String token);

    /** The person cancels their own place with the token of their mail's link. */
    RegistrationView cancelByToken(String token);

    /** CONFIRMED or NO_SHOW → ATTENDED, from the event's day on; attendance goes to the funding project. */
    RegistrationView checkIn(long registrationId);

    /** CONFIRMED or ATTENDED → NO_SHOW, from the event's day on; the place stays taken. */
    RegistrationView markNoShow(long registrationId);
}
