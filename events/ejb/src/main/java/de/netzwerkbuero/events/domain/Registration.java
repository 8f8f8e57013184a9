package de.netzwerkbuero.events.domain;

import de.netzwerkbuero.events.api.RegistrationStatus;
import de.netzwerkbuero.platform.api.error.RuleViolationException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.OffsetDateTime;

import static de.netzwerkbuero.events.api.RegistrationStatus.ATTENDED;
import static de.netzwerkbuero.events.api.RegistrationStatus.CANCELLED;
import static de.netzwerkbuero.events.api.RegistrationStatus.CONFIRMED;
import static de.netzwerkbuero.events.api.RegistrationStatus.NO_SHOW;
import static de.netzwerkbuero.events.api.RegistrationStatus.WAITLISTED;

/**
 * One person's registration for one event. {@code activeEmail} holds the normalised address while the
 * registration is not cancelled and is cleared on cancellation: a plain unique constraint on
 * (event, activeEmail) then forbids two active registrations of one address on every database.
 */
@Entity
@Table(schema = "events", name = "registration")
public class Registration {

    /** The name an erased registration shows in lists and on the sign-in sheet. */
    public static final String ERASED_NAME = "Gelöscht";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "registration_seq")
    @SequenceGenerator(name = "registration_seq", sequenceName = "events.registration_seq", allocationSize = 50)
    private Long id;

    @Column(name = "event_id", nullable = false)
    private long eventId;

    @Column(name = "member_id")
    private Long memberId;

    @Column(name = "contact_id")
    private Long contactId;

    @Column(name = "first_name", nullable = false)
    private String firstName;

    @Column(name = "last_name", nullable = false)
    private String lastName;

    /** {@code null} once erased. */
    private String email;

    @Column(name = "active_email")
    private String activeEmail;

    private String organisation;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private RegistrationStatus status;

    @Column(name = "waitlist_number")
    private Long waitlistNumber;

    @Column(name = "registered_at", nullable = false)
    private OffsetDateTime registeredAt;

    @Column(name = "confirmed_at")
    private OffsetDateTime confirmedAt;

    @Column(name = "cancelled_at")
    private OffsetDateTime cancelledAt;

    @Column(name = "checked_in_at")
    private OffsetDateTime checkedInAt;

    @Column(name = "reminder_sent_at")
    private OffsetDateTime reminderSentAt;

    @Column(name = "erased_at")
    private OffsetDateTime erasedAt;

    @Version
    private long version;

    protected Registration() {
    }

    public Registration(long eventId, Person person, Seat seat, OffsetDateTime now) {
        this.eventId = eventId;
        this.memberId = person.memberId();
        this.contactId = person.contactId();
        this.firstName = person.firstName().trim();
        this.lastName = person.lastName().trim();
        this.email = person.email().trim();
        this.activeEmail = EmailAddress.normalize(person.email());
        this.organisation = person.organisation();
        this.registeredAt = now;
        if (seat.confirmed()) {
            this.status = CONFIRMED;
            this.confirmedAt = now;
        } else {
            this.status = WAITLISTED;
            this.waitlistNumber = seat.waitlistNumber();
        }
    }

    /** A place became free for this waiting registration. */
    public void promote(OffsetDateTime now) {
        if (status != WAITLISTED) {
            throw new IllegalStateException("Only a waiting registration moves up, not " + status);
        }
        status = CONFIRMED;
        waitlistNumber = null;
        confirmedAt = now;
    }

    /**
     * Cancels a confirmed or waiting registration.
     *
     * @return whether it held a place, which is now free
     */
    public boolean cancel(OffsetDateTime now) {
        if (status != CONFIRMED && status != WAITLISTED) {
            throw new RuleViolationException("events.registration.notCancellable",
                    "Registration {0} is {1} and cannot be cancelled.", id, status);
        }
        boolean heldPlace = status == CONFIRMED;
        markCancelled(now);
        return heldPlace;
    }

    /** The event was cancelled: every registration ends, whatever its state. */
    public void cancelWithEvent(OffsetDateTime now) {
        if (status != CANCELLED) {
            markCancelled(now);
        }
    }

    private void markCancelled(OffsetDateTime now) {
        status = CANCELLED;
        waitlistNumber = null;
        activeEmail = null;
        cancelledAt = now;
    }

    public void checkIn(OffsetDateTime now) {
        if (status != CONFIRMED && status != NO_SHOW) {
            throw new RuleViolationException("events.registration.checkInNotAllowed",
                    "Registration {0} is {1}: only confirmed people can be checked in.", id, status);
        }
        status = ATTENDED;
        checkedInAt = now;
    }

    public void markNoShow() {
        if (status != CONFIRMED && status != ATTENDED) {
            throw new RuleViolationException("events.registration.noShowNotAllowed",
                    "Registration {0} is {1}: only confirmed people can be marked as absent.", id, status);
        }
        status = NO_SHOW;
        checkedInAt = null;
    }

    /**
     * DSGVO erasure: the person's name and address go. Status, attendance, member and organisation stay for the
     * funding proofs. The cancel links they were sent are deleted by the caller, so old mails stop working.
     *
     * @return whether anything was left to erase
     */
    public boolean erase(OffsetDateTime now) {
        if (erasedAt != null) {
            return false;
        }
        firstName = "";
        lastName = ERASED_NAME;
        email = null;
        activeEmail = null;
        erasedAt = now;
        return true;
    }

    public boolean isErased() {
        return erasedAt != null;
    }

    /** Reminders go only to confirmed people, and once. */
    public boolean needsReminder() {
        return status == CONFIRMED && reminderSentAt == null && erasedAt == null;
    }

    public void markReminded(OffsetDateTime now) {
        reminderSentAt = now;
    }

    public Long getId() {
        return id;
    }

    public long getEventId() {
        return eventId;
    }

    public Long getMemberId() {
        return memberId;
    }

    public Long getContactId() {
        return contactId;
    }

    public String getFirstName() {
        return firstName;
    }

    public String getLastName() {
        return lastName;
    }

    public String getEmail() {
        return email;
    }

    public String getOrganisation() {
        return organisation;
    }

    public RegistrationStatus getStatus() {
        return status;
    }

    public OffsetDateTime getCancelledAt() {
        return cancelledAt;
    }

    public OffsetDateTime getErasedAt() {
        return erasedAt;
    }

    public Long getWaitlistNumber() {
        return waitlistNumber;
    }

    public OffsetDateTime getRegisteredAt() {
        return registeredAt;
    }

    public OffsetDateTime getCheckedInAt() {
        return checkedInAt;
    }

    public OffsetDateTime getReminderSentAt() {
        return reminderSentAt;
    }

    public long getVersion() {
        return version;
    }
}
