package de.netzwerkbuero.funding.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * That a reminder of a deadline was sent for a due date; unique per (deadline, kind, due date), so that a
 * reminder goes out once, and again only if the date moved.
 */
@Entity
@Table(schema = "funding", name = "reminder_sent")
public class ReminderSent {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "reminder_seq")
    @SequenceGenerator(name = "reminder_seq", sequenceName = "funding.reminder_seq", allocationSize = 50)
    private Long id;

    @Column(name = "deadline_id", nullable = false)
    private long deadlineId;

    @Enumerated(EnumType.STRING)
    @Column(name = "reminder_kind", nullable = false)
    private ReminderKind kind;

    @Column(name = "due_on", nullable = false)
    private LocalDate dueOn;

    @Column(nullable = false)
    private String recipient;

    @Column(name = "sent_at", nullable = false)
    private OffsetDateTime sentAt;

    protected ReminderSent() {
    }

    public ReminderSent(long deadlineId, ReminderKind kind, LocalDate dueOn, String recipient, OffsetDateTime sentAt) {
        this.deadlineId = deadlineId;
        this.kind = kind;
        this.dueOn = dueOn;
        this.recipient = recipient;
        this.sentAt = sentAt;
    }

    public long getDeadlineId() {
        return deadlineId;
    }

    public ReminderKind getKind() {
        return kind;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }
}
