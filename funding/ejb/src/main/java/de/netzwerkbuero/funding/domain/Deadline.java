package de.netzwerkbuero.funding.domain;

import de.netzwerkbuero.funding.api.DeadlineKind;
import de.netzwerkbuero.funding.api.DeadlineStatus;
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
import java.util.Objects;

/**
 * A stored deadline of a project, kept in step with the engine's plan. Once something was done about it
 * (submitted, accepted, met) it is frozen: later rule changes never move its date or its rule version.
 */
@Entity
@Table(schema = "funding", name = "deadline")
public class Deadline {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "deadline_seq")
    @SequenceGenerator(name = "deadline_seq", sequenceName = "funding.deadline_seq", allocationSize = 50)
    private Long id;

    @Column(name = "project_id", nullable = false)
    private long projectId;

    @Column(name = "deadline_key", nullable = false)
    private String deadlineKey;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private DeadlineKind kind;

    @Column(nullable = false)
    private String title;

    @Column(name = "due_on", nullable = false)
    private LocalDate dueOn;

    @Column(name = "fiscal_year")
    private Integer fiscalYear;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Fulfilment fulfilment = Fulfilment.OPEN;

    @Column(name = "fulfilled_on")
    private LocalDate fulfilledOn;

    @Column(nullable = false)
    private boolean frozen;

    @Column(name = "rule_set_version", nullable = false)
    private int ruleSetVersion;

    @Version
    private long version;

    protected Deadline() {
    }

    public Deadline(long projectId, PlannedDeadline planned, int ruleSetVersion) {
        this.projectId = projectId;
        this.deadlineKey = planned.key();
        this.kind = planned.kind();
        this.title = planned.title();
        this.dueOn = planned.dueOn();
        this.fiscalYear = planned.fiscalYear();
        this.ruleSetVersion = ruleSetVersion;
    }

    /** Follows a new plan unless frozen; returns whether anything changed. */
    public boolean replan(PlannedDeadline planned, int ruleVersion) {
        if (frozen) {
            return false;
        }
        boolean changed = !planned.dueOn().equals(dueOn) || !planned.title().equals(title) || ruleVersion != ruleSetVersion;
        this.title = planned.title();
        this.dueOn = planned.dueOn();
        this.fiscalYear = planned.fiscalYear();
        this.ruleSetVersion = ruleVersion;
        return changed;
    }

    /** Records what was done; anything but OPEN freezes the deadline for good. */
    public boolean fulfil(Fulfilment now, LocalDate on) {
        boolean changed = now != fulfilment || !Objects.equals(on, fulfilledOn);
        this.fulfilment = now;
        this.fulfilledOn = now == Fulfilment.OPEN ? null : on;
        if (now != Fulfilment.OPEN) {
            frozen = true;
        }
        return changed;
    }

    public DeadlineStatus status(LocalDate today, int dueSoonDays) {
        return DeadlineStatusRule.status(kind, fulfilment, dueOn, today, dueSoonDays);
    }

    public boolean overdue(LocalDate today) {
        return DeadlineStatusRule.overdue(kind, fulfilment, dueOn, today);
    }

    public Long getId() {
        return id;
    }

    public long getProjectId() {
        return projectId;
    }

    public String getKey() {
        return deadlineKey;
    }

    public DeadlineKind getKind() {
        return kind;
    }

    public String getTitle() {
        return title;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public Integer getFiscalYear() {
        return fiscalYear;
    }

    public Fulfilment getFulfilment() {
        return fulfilment;
    }

    public LocalDate getFulfilledOn() {
        return fulfilledOn;
    }

    public boolean isFrozen() {
        return frozen;
    }

    public int getRuleSetVersion() {
        return ruleSetVersion;
    }
}
