package de.netzwerkbuero.events.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;

/**
 * One personal cancel link handed out by mail, stored as the SHA-256 of its token. A registration has one per
 * mail that carried a link (confirmation, moving up, reminder, change), and every one of them stays valid, so
 * the person may use any of their mails.
 */
@Entity
@Table(schema = "events", name = "cancel_link")
public class CancelLink {

    @Id
    @Column(name = "token_hash", length = 64)
    private String tokenHash;

    @Column(name = "registration_id", nullable = false)
    private long registrationId;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    protected CancelLink() {
    }

    public CancelLink(String tokenHash, long registrationId, OffsetDateTime createdAt) {
        this.tokenHash = tokenHash;
        this.registrationId = registrationId;
        this.createdAt = createdAt;
    }

    public String getTokenHash() {
        return tokenHash;
    }

    public long getRegistrationId() {
        return registrationId;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }
}
