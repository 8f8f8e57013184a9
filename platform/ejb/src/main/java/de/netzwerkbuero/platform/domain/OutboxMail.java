package de.netzwerkbuero.platform.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.Duration;
import java.time.OffsetDateTime;

/** A mail waiting in the outbox, or the record that it was sent. */
@Entity
@Table(schema = "platform", name = "outbox_mail")
public class OutboxMail {

    public static final int MAX_ATTEMPTS = 10;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "mail_seq")
    @SequenceGenerator(name = "mail_seq", sequenceName = "platform.mail_seq", allocationSize = 50)
    private Long id;

    @Column(nullable = false)
    private String recipient;

    @Column(nullable = false)
    private String subject;

    @Column(nullable = false)
    private String body;

    /** Attachments as JSON: [{filename, contentType, base64}]. */
    private String attachments;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Column(name = "sent_at")
    private OffsetDateTime sentAt;

    private int attempts;

    @Column(name = "next_attempt", nullable = false)
    private OffsetDateTime nextAttempt;

    @Column(name = "last_error", length = 1000)
    private String lastError;

    protected OutboxMail() {
    }

    public OutboxMail(String recipient, String subject, String body, String attachments, OffsetDateTime now) {
        this.recipient = recipient;
        this.subject = subject;
        this.body = body;
        this.attachments = attachments;
        this.createdAt = now;
        this.nextAttempt = now;
    }

    public void sent(OffsetDateTime now) {
        sentAt = now;
        attempts++;
        lastError = null;
    }

    /** Backs off exponentially; after {@value #MAX_ATTEMPTS} attempts the mail is given up (left unsent). */
    public void failed(String error, OffsetDateTime now) {
        attempts++;
        lastError = error == null ? "unknown" : error.substring(0, Math.min(error.length(), 1000));
        nextAttempt = attempts >= MAX_ATTEMPTS ? now.plusYears(100)
                : now.plus(Duration.ofSeconds(10L << Math.min(attempts, 10)));
    }

    public Long getId() {
        return id;
    }

    public String getRecipient() {
        return recipient;
    }

    public String getSubject() {
        return subject;
    }

    public String getBody() {
        return body;
    }

    public String getAttachments() {
        return attachments;
    }

    public OffsetDateTime getSentAt() {
        return sentAt;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }

    /** SENT, FAILED (given up after {@value #MAX_ATTEMPTS} attempts) or PENDING. */
    public String status() {
        if (sentAt != null) {
            return "SENT";
        }
        return attempts >= MAX_ATTEMPTS ? "FAILED" : "PENDING";
    }
}
