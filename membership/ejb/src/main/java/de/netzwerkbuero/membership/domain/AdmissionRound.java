package de.netzwerkbuero.membership.domain;

import de.netzwerkbuero.membership.api.AdmissionRoundData;
import de.netzwerkbuero.membership.api.AdmissionRoundStatus;
import de.netzwerkbuero.platform.api.error.RuleViolationException;
import de.netzwerkbuero.platform.api.error.Violations;
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

/**
 * An admission round (Aufnahmetermin). {@link #checkAdmits} is the rule for one admission; the place itself is
 * taken with a conditional update of {@code admitted_count}, which is what keeps concurrent admits honest.
 */
@Entity
@Table(schema = "membership", name = "admission_round")
public class AdmissionRound {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "admission_round_seq")
    @SequenceGenerator(name = "admission_round_seq", sequenceName = "membership.admission_round_seq", allocationSize = 50)
    private Long id;

    @Column(name = "round_date", nullable = false)
    private LocalDate roundDate;

    @Column(name = "application_deadline")
    private LocalDate applicationDeadline;

    @Column(nullable = false)
    private int capacity;

    @Column(name = "admitted_count", nullable = false)
    private int admittedCount;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private AdmissionRoundStatus status;

    @Column(name = "opened_at")
    private OffsetDateTime openedAt;

    @Version
    private long version;

    protected AdmissionRound() {
    }

    public AdmissionRound(AdmissionRoundData data, LocalDate today) {
        check(data, today);
        roundDate = data.date();
        applicationDeadline = data.applicationDeadline();
        capacity = data.capacity();
        status = AdmissionRoundStatus.PLANNED;
    }

    public void update(AdmissionRoundData data, LocalDate today) {
        if (status == AdmissionRoundStatus.CLOSED) {
            throw new RuleViolationException("membership.roundClosed", "The admission round of {0} is closed.", roundDate);
        }
        check(data, today);
        if (admittedCount > 0 && !data.date().equals(roundDate)) {
            throw new RuleViolationException("membership.roundDateFixed",
                    "The date of the admission round of {0} cannot change: {1} member(s) were admitted to it.",
                    roundDate, admittedCount);
        }
        if (data.capacity() < admittedCount) {
            throw new RuleViolationException("membership.roundCapacityBelowAdmitted",
                    "The capacity cannot be less than the {0} member(s) already admitted.", admittedCount);
        }
        roundDate = data.date();
        applicationDeadline = data.applicationDeadline();
        capacity = data.capacity();
    }

    private static void check(AdmissionRoundData data, LocalDate today) {
        Violations v = new Violations();
        v.require(data.date() != null, "date", "required", "must not be empty");
        v.require(data.date() == null || data.date().isAfter(today), "date", "future", "must be in the future");
        v.require(data.applicationDeadline() == null || data.date() == null
                        || !data.applicationDeadline().isAfter(data.date()), "applicationDeadline", "afterDate",
                "must not be after the date of the round");
        v.require(data.capacity() >= 1, "capacity", "positive", "must be at least 1");
        v.throwIfAny();
    }

    /** Announces the round; only a planned round with a date in the future can open. */
    public void open(LocalDate today, OffsetDateTime now) {
        if (status != AdmissionRoundStatus.PLANNED) {
            throw new RuleViolationException("membership.roundNotPlanned",
                    "The admission round of {0} is {1} and cannot be opened.", roundDate, status);
        }
        if (!roundDate.isAfter(today)) {
            throw new RuleViolationException("membership.roundPast",
                    "The admission round of {0} is not in the future.", roundDate);
        }
        status = AdmissionRoundStatus.OPEN;
        openedAt = now;
    }

    public void close() {
        if (status == AdmissionRoundStatus.CLOSED) {
            throw new RuleViolationException("membership.roundClosed", "The admission round of {0} is closed.", roundDate);
        }
        status = AdmissionRoundStatus.CLOSED;
    }

    /** A round whose date has come takes no more admissions. */
    public boolean closeIfPast(LocalDate today) {
        if (status != AdmissionRoundStatus.CLOSED && !roundDate.isAfter(today)) {
            status = AdmissionRoundStatus.CLOSED;
            return true;
        }
        return false;
    }

    /** A round admits when it is open, dated in the future and not full. */
    public void checkAdmits(LocalDate today) {
        if (status != AdmissionRoundStatus.OPEN) {
            throw new RuleViolationException("membership.roundNotOpen",
                    "The admission round of {0} is not open (it is {1}).", roundDate, status);
        }
        if (!roundDate.isAfter(today)) {
            throw new RuleViolationException("membership.roundPast",
                    "The admission round of {0} is not in the future.", roundDate);
        }
        if (admittedCount >= capacity) {
            throw full();
        }
    }

    public RuleViolationException full() {
        return new RuleViolationException("membership.roundFull",
                "The admission round of {0} is full ({1} of {1} places taken).", roundDate, capacity);
    }

    public Long getId() {
        return id;
    }

    public LocalDate getDate() {
        return roundDate;
    }

    public LocalDate getApplicationDeadline() {
        return applicationDeadline;
    }

    public int getCapacity() {
        return capacity;
    }

    public int getAdmittedCount() {
        return admittedCount;
    }

    public AdmissionRoundStatus getStatus() {
        return status;
    }

    public long getVersion() {
        return version;
    }
}
