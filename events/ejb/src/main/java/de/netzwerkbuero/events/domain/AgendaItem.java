package de.netzwerkbuero.events.domain;

import de.netzwerkbuero.events.api.AgendaItemInput;
import de.netzwerkbuero.platform.api.audit.AuditRecord;
import de.netzwerkbuero.platform.api.error.InvalidInputException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.OffsetDateTime;

/** One item of an event's agenda (programme point, walk, break), ordered by its start. */
@Entity
@Table(schema = "events", name = "agenda_item")
public class AgendaItem {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "agenda_item_seq")
    @SequenceGenerator(name = "agenda_item_seq", sequenceName = "events.agenda_item_seq", allocationSize = 50)
    private Long id;

    @Column(name = "event_id", nullable = false)
    private long eventId;

    @Column(name = "starts_at", nullable = false)
    private OffsetDateTime startsAt;

    @Column(name = "ends_at")
    private OffsetDateTime endsAt;

    @Column(nullable = false)
    private String title;

    private String description;

    private String location;

    @Version
    private long version;

    protected AgendaItem() {
    }

    public AgendaItem(Event event, AgendaItemInput input) {
        this.eventId = event.getId();
        assign(event, input);
    }

    public void update(Event event, AgendaItemInput input, AuditRecord audit) {
        audit.change("startsAt", startsAt, input.startsAt()).change("endsAt", endsAt, input.endsAt())
                .change("title", title, input.title()).change("description", description, input.description())
                .change("location", location, input.location());
        assign(event, input);
    }

    private void assign(Event event, AgendaItemInput input) {
        if (input.startsAt().isBefore(event.getStartsAt()) || input.startsAt().isAfter(event.getEndsAt())
                || input.endsAt() != null && input.endsAt().isAfter(event.getEndsAt())) {
            throw InvalidInputException.of("startsAt", "agendaOutsideEvent",
                    "must lie within the event's start and end");
        }
        this.startsAt = input.startsAt();
        this.endsAt = input.endsAt();
        this.title = input.title().trim();
        this.description = input.description();
        this.location = input.location();
    }

    public AuditRecord describeInto(AuditRecord audit) {
        return audit.set("eventId", eventId).set("startsAt", startsAt).set("endsAt", endsAt).set("title", title)
                .set("location", location);
    }

    public Long getId() {
        return id;
    }

    public long getEventId() {
        return eventId;
    }

    public OffsetDateTime getStartsAt() {
        return startsAt;
    }

    public OffsetDateTime getEndsAt() {
        return endsAt;
    }

    public String getTitle() {
        return title;
    }

    public String getDescription() {
        return description;
    }

    public String getLocation() {
        return location;
    }
}
