package de.netzwerkbuero.funding.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** That the office's overdue digest for a day went out: one per day, whatever happened before. */
@Entity
@Table(schema = "funding", name = "office_digest")
public class OfficeDigest {

    @Id
    @Column(name = "digest_on")
    private LocalDate on;

    @Column(nullable = false)
    private int items;

    @Column(nullable = false)
    private int recipients;

    @Column(name = "sent_at", nullable = false)
    private OffsetDateTime sentAt;

    protected OfficeDigest() {
    }

    public OfficeDigest(LocalDate on, int items, int recipients, OffsetDateTime sentAt) {
        this.on = on;
        this.items = items;
        this.recipients = recipients;
        this.sentAt = sentAt;
    }

    public LocalDate getOn() {
        return on;
    }
}
