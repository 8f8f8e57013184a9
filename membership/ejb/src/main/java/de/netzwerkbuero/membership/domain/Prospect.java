package de.netzwerkbuero.membership.domain;

import de.netzwerkbuero.membership.api.ProspectStatus;
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

/**
 * Someone who asked to be kept informed. Only the SHA-256 of the opt-in token is stored, so a leaked table
 * does not confirm anybody. A record expires on {@code expiresOn}: an unconfirmed one soon after sign-up, a
 * confirmed one after the retention period unless renewed. Expiry anonymises it.
 */
@Entity
@Table(schema = "membership", name = "prospect")
public class Prospect {

    public static final String ERASED = "(erased)";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "prospect_seq")
    @SequenceGenerator(name = "prospect_seq", sequenceName = "membership.prospect_seq", allocationSize = 50)
    private Long id;

    @Column(nullable = false, length = 200)
    private String organisation;

    @Column(length = 8)
    private String ags;

    @Column(name = "contact_name", length = 200)
    private String contactName;

    @Column(length = 254)
    private String email;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ProspectStatus status;

    @Column(name = "token_hash", length = 64)
    private String tokenHash;

    @Column(name = "signed_up_at", nullable = false)
    private OffsetDateTime signedUpAt;

    @Column(name = "consent_at")
    private OffsetDateTime consentAt;

    @Column(name = "confirmed_at")
    private OffsetDateTime confirmedAt;

    @Column(name = "expires_on", nullable = false)
    private LocalDate expiresOn;

    @Column(name = "member_id")
    private Long memberId;

    @Version
    private long version;

    protected Prospect() {
    }

    public Prospect(String organisation, Ags ags, String contactName, String email, String tokenHash,
                    OffsetDateTime now, int confirmationDays) {
        this.organisation = organisation.trim();
        this.ags = ags == null ? null : ags.value();
        this.contactName = Texts.clean(contactName);
        this.email = Texts.lowerEmail(email);
        this.status = ProspectStatus.PENDING;
        this.tokenHash = tokenHash;
        this.signedUpAt = now;
        this.consentAt = now;
        this.expiresOn = now.toLocalDate().plusDays(confirmationDays);
    }

    /** A repeated sign-up before confirmation gets a fresh link and a fresh confirmation window. */
    public void newToken(String hash, OffsetDateTime now, int confirmationDays) {
        tokenHash = hash;
        consentAt = now;
        expiresOn = now.toLocalDate().plusDays(confirmationDays);
    }

    public void confirm(OffsetDateTime now, int retentionMonths) {
        if (status != ProspectStatus.PENDING) {
            throw new RuleViolationException("membership.prospectNotPending", "The sign-up is already {0}.", status);
        }
        status = ProspectStatus.CONFIRMED;
        tokenHash = null;
        confirmedAt = now;
        expiresOn = now.toLocalDate().plusMonths(retentionMonths);
    }

    public void renew(LocalDate today, int retentionMonths) {
        if (status != ProspectStatus.CONFIRMED) {
            throw new RuleViolationException("membership.prospectNotConfirmed",
                    "Only a confirmed prospect can be renewed; this one is {0}.", status);
        }
        expiresOn = today.plusMonths(retentionMonths);
    }

    public void converted(long newMemberId) {
        if (status == ProspectStatus.CONVERTED || status == ProspectStatus.EXPIRED) {
            throw new RuleViolationException("membership.prospectClosed",
                    "The prospect is {0} and cannot become a member.", status);
        }
        status = ProspectStatus.CONVERTED;
        tokenHash = null;
        memberId = newMemberId;
    }

    public boolean expiredOn(LocalDate today) {
        return (status == ProspectStatus.PENDING || status == ProspectStatus.CONFIRMED) && today.isAfter(expiresOn);
    }

    /** Keeps the organisation (no personal data) and forgets the person. */
    public void erase() {
        status = ProspectStatus.EXPIRED;
        contactName = null;
        email = null;
        tokenHash = null;
        consentAt = null;
    }

    /**
     * Erasure on the person's request (Art. 17): also the organisation they named goes, since it may name them;
     * a converted prospect stays converted (the member it became refers to it).
     */
    public void eraseOnRequest() {
        if (status != ProspectStatus.CONVERTED) {
            status = ProspectStatus.EXPIRED;
        }
        organisation = ERASED;
        contactName = null;
        email = null;
        tokenHash = null;
        consentAt = null;
    }

    public boolean isErased() {
        return email == null && contactName == null;
    }

    public Long getId() {
        return id;
    }

    public String getOrganisation() {
        return organisation;
    }

    public String getAgs() {
        return ags;
    }

    public String getContactName() {
        return contactName;
    }

    public String getEmail() {
        return email;
    }

    public ProspectStatus getStatus() {
        return status;
    }

    public OffsetDateTime getSignedUpAt() {
        return signedUpAt;
    }

    public OffsetDateTime getConsentAt() {
        return consentAt;
    }

    public OffsetDateTime getConfirmedAt() {
        return confirmedAt;
    }

    public LocalDate getExpiresOn() {
        return expiresOn;
    }

    public Long getMemberId() {
        return memberId;
    }

    public long getVersion() {
        return version;
    }
}
