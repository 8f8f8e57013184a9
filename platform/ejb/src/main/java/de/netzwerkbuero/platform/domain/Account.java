package de.netzwerkbuero.platform.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.Set;

/** A user account: who may log in, with which roles. */
@Entity
@Table(schema = "platform", name = "account")
public class Account {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "account_seq")
    @SequenceGenerator(name = "account_seq", sequenceName = "platform.account_seq", allocationSize = 50)
    private Long id;

    @Column(nullable = false, unique = true, length = 64)
    private String username;

    @Column(name = "display_name", nullable = false)
    private String displayName;

    @Column(nullable = false)
    private String email;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    private boolean enabled;

    @Column(name = "failed_logins")
    private int failedLogins;

    @Column(name = "locked_until")
    private OffsetDateTime lockedUntil;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(schema = "platform", name = "account_role", joinColumns = @JoinColumn(name = "account_id"))
    @Column(name = "role")
    private Set<String> roles = new HashSet<>();

    /** Raised whenever the account's sessions and cached credentials must end. */
    @Column(name = "security_stamp", nullable = false)
    private long securityStamp;

    @Column(name = "totp_secret", length = 64)
    private String totpSecret;

    @Column(name = "totp_pending_secret", length = 64)
    private String totpPendingSecret;

    @Column(name = "totp_last_step")
    private Long totpLastStep;

    @Column(name = "login_ticket_hash", length = 64)
    private String loginTicketHash;

    @Column(name = "login_ticket_expires")
    private OffsetDateTime loginTicketExpires;

    @Column(name = "login_ticket_attempts", nullable = false)
    private int loginTicketAttempts;

    @Version
    private long version;

    protected Account() {
    }

    public Account(String username, String displayName, String email, String passwordHash, Set<String> roles,
                   OffsetDateTime createdAt) {
        this.username = username;
        this.displayName = displayName;
        this.email = email;
        this.passwordHash = passwordHash;
        this.roles = new HashSet<>(roles);
        this.enabled = true;
        this.createdAt = createdAt;
    }

    /** Counts a failed login (shown to administrators; the throttle itself is {@link LoginThrottle}). */
    public void loginFailed() {
        failedLogins++;
    }

    public void loginSucceeded() {
        failedLogins = 0;
        lockedUntil = null;
        clearTicket();
    }

    public void changePassword(String newHash) {
        passwordHash = newHash;
        failedLogins = 0;
        lockedUntil = null;
        revokeLogins();
    }

    /** Returns whether the state changed; a disabled account's logins end. */
    public boolean setEnabled(boolean enabled) {
        if (this.enabled == enabled) {
            return false;
        }
        this.enabled = enabled;
        revokeLogins();
        return true;
    }

    /** Ends every session and cached credential of the account, and any login waiting for its second step. */
    public void revokeLogins() {
        securityStamp++;
        clearTicket();
    }

    /** A login whose password was right waits for its second step under this ticket (stored as a hash). */
    public void issueTicket(String ticketHash, Instant expires) {
        loginTicketHash = ticketHash;
        loginTicketExpires = expires.atOffset(ZoneOffset.UTC);
        loginTicketAttempts = 0;
    }

    public boolean ticketValidAt(Instant now) {
        return loginTicketHash != null && loginTicketExpires != null && loginTicketExpires.toInstant().isAfter(now);
    }

    /** A wrong code for the ticket; after {@code maxAttempts} the ticket is void and the login starts over. */
    public void ticketFailed(int maxAttempts) {
        loginTicketAttempts++;
        if (loginTicketAttempts >= maxAttempts) {
            clearTicket();
        }
    }

    public void clearTicket() {
        loginTicketHash = null;
        loginTicketExpires = null;
        loginTicketAttempts = 0;
    }

    public boolean hasTotp() {
        return totpSecret != null;
    }

    public String getTotpSecret() {
        return totpSecret;
    }

    public String getTotpPendingSecret() {
        return totpPendingSecret;
    }

    public void beginTotp(String secret) {
        totpPendingSecret = secret;
    }

    /** The pending secret becomes the active one; {@code step} is the time step of the confirming code. */
    public void confirmTotp(long step) {
        totpSecret = totpPendingSecret;
        totpPendingSecret = null;
        totpLastStep = step;
    }

    /** Accepts a code's time step once: a code seen (or one older than it) is refused. */
    public boolean useTotpStep(long step) {
        if (totpLastStep != null && step <= totpLastStep) {
            return false;
        }
        totpLastStep = step;
        return true;
    }

    public void resetTotp() {
        totpSecret = null;
        totpPendingSecret = null;
        totpLastStep = null;
        revokeLogins();
    }

    public void replaceRoles(Set<String> newRoles) {
        roles.clear();
        roles.addAll(newRoles);
        revokeLogins();
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getEmail() {
        return email;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public OffsetDateTime getLockedUntil() {
        return lockedUntil;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }

    public Set<String> getRoles() {
        return Set.copyOf(roles);
    }

    public long getSecurityStamp() {
        return securityStamp;
    }

    public long getVersion() {
        return version;
    }
}
