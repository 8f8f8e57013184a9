package de.netzwerkbuero.funding.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** The attendance of an event that belongs to a project, as the events module reported it (latest wins). */
@Entity
@Table(schema = "funding", name = "event_attendance")
public class EventAttendance {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "event_attendance_seq")
    @SequenceGenerator(name = "event_attendance_seq", sequenceName = "funding.event_attendance_seq", allocationSize = 50)
    private Long id;

    @Column(name = "project_id", nullable = false)
    private long projectId;

    @Column(name = "event_id", nullable = false)
    private long eventId;

    @Column(name = "event_title", nullable = false)
    private String eventTitle;

    @Column(name = "event_on", nullable = false)
    private LocalDate date;

    @Column(nullable = false)
    private int attendees;

    @Column(nullable = false)
    private int organisations;

    @Column(name = "recorded_at", nullable = false)
    private OffsetDateTime recordedAt;

    protected EventAttendance() {
    }

    public EventAttendance(long projectId, long eventId) {
        this.projectId = projectId;
        this.eventId = eventId;
    }

    public void record(String eventTitle, LocalDate date, int attendees, int organisations, OffsetDateTime at) {
        this.eventTitle = eventTitle;
        this.date = date;
        this.attendees = attendees;
        this.organisations = organisations;
        this.recordedAt = at;
    }

    public Long getId() {
        return id;
    }

    public long getProjectId() {
        return projectId;
    }

    public long getEventId() {
        return eventId;
    }

    public String getEventTitle() {
        return eventTitle;
    }

    public LocalDate getDate() {
        return date;
    }

    public int getAttendees() {
        return attendees;
    }

    public int getOrganisations() {
        return organisations;
    }
}
