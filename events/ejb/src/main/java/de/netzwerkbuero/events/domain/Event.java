package de.netzwerkbuero.events.domain;

import de.netzwerkbuero.events.api.Audience;
import de.netzwerkbuero.events.api.EventFormat;
import de.netzwerkbuero.events.api.EventInput;
import de.netzwerkbuero.events.api.EventStatus;
import de.netzwerkbuero.events.api.EventType;
import de.netzwerkbuero.platform.api.audit.AuditRecord;
import de.netzwerkbuero.platform.api.clock.BusinessClock;
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

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * An event with its life cycle. The places taken ({@code confirmed_count}) and the last waiting-list number
 * are deliberately not mapped: only {@link Places} changes them, with conditional updates in the database,
 * so that neither an office edit nor a stale copy can overwrite them.
 */
@Entity
@Table(schema = "events", name = "event")
public class Event {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "event_seq")
    @SequenceGenerator(name = "event_seq", sequenceName = "events.event_seq", allocationSize = 50)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "event_type", nullable = false)
    private EventType type;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private EventFormat format;

    @Column(nullable = false)
    private String title;

    private String description;

    @Column(name = "starts_at", nullable = false)
    private OffsetDateTime startsAt;

    @Column(name = "ends_at", nullable = false)
    private OffsetDateTime endsAt;

    private String venue;

    @Column(name = "online_url")
    private String onlineUrl;

    @Column(name = "host_member_id")
    private Long hostMemberId;

    private int capacity;

    @Column(name = "per_member_quota")
    private Integer perMemberQuota;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Audience audience;

    @Column(name = "registration_opens_at")
    private OffsetDateTime registrationOpensAt;

    @Column(name = "registration_closes_at")
    private OffsetDateTime registrationClosesAt;

    @Column(name = "project_id")
    private Long projectId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private EventStatus status;

    /** The iCalendar SEQUENCE: grows with every change a calendar shows, so clients replace their copy. */
    @Column(name = "calendar_sequence", nullable = false)
    private int calendarSequence;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;

    @Column(name = "published_at")
    private OffsetDateTime publishedAt;

    @Column(name = "cancelled_at")
    private OffsetDateTime cancelledAt;

    @Column(name = "cancel_reason")
    private String cancelReason;

    @Version
    private long version;

    protected Event() {
    }

    public Event(EventInput input, OffsetDateTime now) {
        this.status = EventStatus.DRAFT;
        this.createdAt = now;
        this.updatedAt = now;
        assign(input);
    }

    /** Records the initial values in the audit record. */
    public AuditRecord describeInto(AuditRecord audit) {
        return audit.set("type", type).set("format", format).set("title", title).set("startsAt", startsAt)
                .set("endsAt", endsAt).set("venue", venue).set("onlineUrl", onlineUrl)
                .set("hostMemberId", hostMemberId).set("capacity", capacity).set("perMemberQuota", perMemberQuota)
                .set("audience", audience).set("registrationOpensAt", registrationOpensAt)
                .set("registrationClosesAt", registrationClosesAt).set("projectId", projectId)
                .set("status", status);
    }

    /**
     * Takes the new details, recording every changed field in the audit record.
     *
     * @return whether time or place changed, which registrants must be told
     */
    public boolean update(EventInput input, AuditRecord audit, OffsetDateTime now) {
        requireEditable();
        audit.change("type", type, input.type()).change("format", format, input.format())
                .change("title", title, input.title()).change("description", description, input.description())
                .change("startsAt", startsAt, input.startsAt()).change("endsAt", endsAt, input.endsAt())
                .change("venue", venue, input.venue()).change("onlineUrl", onlineUrl, input.onlineUrl())
                .change("hostMemberId", hostMemberId, input.hostMemberId())
                .change("capacity", capacity, input.capacity())
                .change("perMemberQuota", perMemberQuota, input.perMemberQuota())
                .change("audience", audience, input.audience())
                .change("registrationOpensAt", registrationOpensAt, input.registrationOpensAt())
                .change("registrationClosesAt", registrationClosesAt, input.registrationClosesAt())
                .change("projectId", projectId, input.projectId());
        boolean timeOrPlaceChanged = !sameInstant(startsAt, input.startsAt()) || !sameInstant(endsAt, input.endsAt())
                || !Objects.equals(venue, input.venue()) || !Objects.equals(onlineUrl, input.onlineUrl());
        boolean calendarChanged = timeOrPlaceChanged || !Objects.equals(title, input.title())
                || !Objects.equals(description, input.description());
        assign(input);
        if (calendarChanged) {
            calendarSequence++;
        }
        updatedAt = now;
        return timeOrPlaceChanged && status != EventStatus.DRAFT;
    }

    private void assign(EventInput input) {
        type = input.type();
        format = input.format();
        title = input.title().trim();
        description = input.description();
        startsAt = input.startsAt();
        endsAt = input.endsAt();
        venue = input.venue();
        onlineUrl = input.onlineUrl();
        hostMemberId = input.hostMemberId();
        capacity = input.capacity();
        perMemberQuota = input.perMemberQuota();
        audience = input.audience();
        registrationOpensAt = input.registrationOpensAt();
        registrationClosesAt = input.registrationClosesAt();
        projectId = input.projectId();
    }

    private static boolean sameInstant(OffsetDateTime a, OffsetDateTime b) {
        return a == null ? b == null : b != null && a.isEqual(b);
    }

    public void publish(OffsetDateTime now) {
        EventLifecycle.require(id(), status, EventStatus.PUBLISHED);
        if (!startsAt.isAfter(now)) {
            throw new RuleViolationException("events.event.startsInPast",
                    "Event {0} has already started and cannot be published.", id());
        }
        status = EventStatus.PUBLISHED;
        publishedAt = now;
        updatedAt = now;
    }

    public void closeRegistration(OffsetDateTime now) {
        EventLifecycle.require(id(), status, EventStatus.REGISTRATION_CLOSED);
        status = EventStatus.REGISTRATION_CLOSED;
        updatedAt = now;
    }

    public void complete(OffsetDateTime now) {
        EventLifecycle.require(id(), status, EventStatus.COMPLETED);
        if (startsAt.isAfter(now)) {
            throw new RuleViolationException("events.event.notStarted",
                    "Event {0} has not started yet and cannot be completed.", id());
        }
        status = EventStatus.COMPLETED;
        updatedAt = now;
    }

    public void cancel(String reason, OffsetDateTime now) {
        EventLifecycle.require(id(), status, EventStatus.CANCELLED);
        status = EventStatus.CANCELLED;
        cancelledAt = now;
        cancelReason = reason;
        calendarSequence++;
        updatedAt = now;
    }

    public void requireEditable() {
        if (!EventLifecycle.editable(status)) {
            throw new RuleViolationException("events.event.notEditable",
                    "Event {0} is {1} and can no longer be changed.", id(), status);
        }
    }

    /** Refuses a registration unless the event is published and, where asked, inside its window. */
    public void requireTakesRegistrations(OffsetDateTime now, boolean enforceWindow) {
        if (status != EventStatus.PUBLISHED) {
            throw new RuleViolationException("events.registration.eventNotOpen",
                    "Event {0} does not take registrations ({1}).", id(), status);
        }
        if (enforceWindow) {
            registrationWindow().requireOpenAt(now);
        }
    }

    public RegistrationWindow registrationWindow() {
        return new RegistrationWindow(registrationOpensAt,
                registrationClosesAt != null ? registrationClosesAt : startsAt);
    }

    /** Check-in and no-show are recorded from the event's day on, until it is cancelled. */
    public void requireAttendanceRecordable(OffsetDateTime now) {
        if (status == EventStatus.DRAFT || status == EventStatus.CANCELLED) {
            throw new RuleViolationException("events.registration.checkInNotAllowed",
                    "Attendance cannot be recorded for an event that is {0}.", status);
        }
        LocalDate eventDay = startDate();
        if (now.atZoneSameInstant(BusinessClock.OFFICE_ZONE).toLocalDate().isBefore(eventDay)) {
            throw new RuleViolationException("events.registration.checkInTooEarly",
                    "Attendance can be recorded from the event''s day on ({0}).", eventDay);
        }
    }

    /** The office's date on which the event starts. */
    public LocalDate startDate() {
        return startsAt.atZoneSameInstant(BusinessClock.OFFICE_ZONE).toLocalDate();
    }

    /** Whether the public ever saw it: a cancelled event stays in the feed only if it had been published. */
    public boolean wasPublished() {
        return publishedAt != null;
    }

    private long id() {
        return id == null ? 0 : id;
    }

    public Long getId() {
        return id;
    }

    public EventType getType() {
        return type;
    }

    public EventFormat getFormat() {
        return format;
    }

    public String getTitle() {
        return title;
    }

    public String getDescription() {
        return description;
    }

    public OffsetDateTime getStartsAt() {
        return startsAt;
    }

    public OffsetDateTime getEndsAt() {
        return endsAt;
    }

    public String getVenue() {
        return venue;
    }

    public String getOnlineUrl() {
        return onlineUrl;
    }

    public Long getHostMemberId() {
        return hostMemberId;
    }

    public int getCapacity() {
        return capacity;
    }

    public Integer getPerMemberQuota() {
        return perMemberQuota;
    }

    public Audience getAudience() {
        return audience;
    }

    public OffsetDateTime getRegistrationOpensAt() {
        return registrationOpensAt;
    }

    public OffsetDateTime getRegistrationClosesAt() {
        return registrationClosesAt;
    }

    public Long getProjectId() {
        return projectId;
    }

    public EventStatus getStatus() {
        return status;
    }

    public int getCalendarSequence() {
        return calendarSequence;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }

    public OffsetDateTime getUpdatedAt() {
        return updatedAt;
    }

    public OffsetDateTime getCancelledAt() {
        return cancelledAt;
    }

    public String getCancelReason() {
        return cancelReason;
    }

    public long getVersion() {
        return version;
    }
}
