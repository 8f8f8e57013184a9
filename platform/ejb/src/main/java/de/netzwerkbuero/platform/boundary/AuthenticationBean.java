package de.netzwerkbuero.platform.boundary;

import de.netzwerkbuero.platform.api.account.Authentication;
import de.netzwerkbuero.platform.api.account.LoginResult;
import de.netzwerkbuero.platform.api.account.LoginResult.Outcome;
import de.netzwerkbuero.platform.api.account.TotpEnrolment;
import de.netzwerkbuero.platform.api.audit.AuditRecord;
import de.netzwerkbuero.platform.api.clock.BusinessClock;
import de.netzwerkbuero.platform.api.secret.SecretToken;
import de.netzwerkbuero.platform.domain.Account;
import de.netzwerkbuero.platform.domain.LoginThrottle;
import de.netzwerkbuero.platform.domain.PasswordHasher;
import de.netzwerkbuero.platform.domain.StoredAuditEntry;
import de.netzwerkbuero.platform.domain.Totp;
import de.netzwerkbuero.platform.infrastructure.AccountRepository;
import de.netzwerkbuero.platform.infrastructure.LoginLimits;
import de.netzwerkbuero.platform.infrastructure.SecuritySettings;
import de.netzwerkbuero.platform.infrastructure.SecurityStamps;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.logging.Logger;

/**
 * Checks credentials for the web layer. Runs in its own transaction so that a failed login is counted and
 * audited even though the request that carried it fails. Every attempt on a known account costs one PBKDF2
 * derivation, refused or not, so the answer time tells nothing about the lock; attempts an address or the
 * unknown-username budget may no longer make are answered at once and not audited (see {@link LoginThrottle}).
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class AuthenticationBean implements Authentication {

    /** Hash of a random password: a login for an unknown user costs as much as one for a known user. */
    private static final String DUMMY_HASH = PasswordHasher.hash("no-such-user-no-such-password".toCharArray());
    static final Duration TICKET_LIFETIME = Duration.ofMinutes(5);
    static final int CODE_ATTEMPTS_PER_TICKET = 5;
    static final String ISSUER = "Netzwerkbuero";
    private static final Logger LOG = Logger.getLogger(AuthenticationBean.class.getName());

    @PersistenceContext(unitName = "platform")
    private EntityManager em;

    @Inject
    private AccountRepository accounts;

    @Inject
    private LoginLimits limits;

    @Inject
    private SecuritySettings settings;

    @Inject
    private SecurityStamps stamps;

    @EJB
    private BusinessClock clock;

    @Override
    public LoginResult verify(String username, char[] password, String sourceAddress, Channel channel) {
        LoginThrottle throttle = limits.throttle();
        // Real time, not the business clock: throttle windows, tickets and one-time codes (made by the user's
        // phone) run on the wall clock, also on a test server whose business clock was moved.
        Instant now = Instant.now();
        if (throttle.addressBlocked(sourceAddress, now)) {
            LOG.fine(() -> "Login refused without check: too many failures from " + sourceAddress);
            return LoginResult.failed(Outcome.THROTTLED, username);
        }
        Optional<Account> found = username == null || username.isBlank() ? Optional.empty()
                : accounts.findForUpdate(username);
        if (found.isEmpty()) {
            throttle.failed(null, sourceAddress, now);
            if (!throttle.unknownNameAllowed(now)) {
                return LoginResult.failed(Outcome.INVALID, username);
            }
            PasswordHasher.matches(password, DUMMY_HASH);
            return audited(username, Outcome.INVALID, sourceAddress);
        }
        Account account = found.get();
        boolean blocked = throttle.accountBlocked(username, sourceAddress, now);
        boolean matches = PasswordHasher.matches(password, account.getPasswordHash());
        if (blocked) {
            throttle.failed(username, sourceAddress, now);
            return audited(username, Outcome.THROTTLED, sourceAddress);
        }
        if (!matches) {
            account.loginFailed();
            throttle.failed(username, sourceAddress, now);
            return audited(username, Outcome.INVALID, sourceAddress);
        }
        if (!account.isEnabled()) {
            return audited(username, Outcome.DISABLED, sourceAddress);
        }
        throttle.succeeded(username, sourceAddress);
        boolean totpRequired = settings.totpPolicy().requires(account.getRoles());
        if (account.hasTotp() || totpRequired) {
            if (channel == Channel.BASIC) {
                return audited(username, Outcome.BASIC_NOT_ALLOWED, sourceAddress);
            }
            Outcome next = account.hasTotp() ? Outcome.CODE_REQUIRED : Outcome.ENROLMENT_REQUIRED;
            String ticket = SecretToken.generate();
            account.issueTicket(SecretToken.hash(ticket), now.plus(TICKET_LIFETIME));
            record(username, AuditRecord.of("LOGIN_PASSWORD_ACCEPTED", "Account", actor(username))
                    .set("next", next.name()).set("source", sourceAddress));
            return new LoginResult(next, username, null, 0, ticket);
        }
        return succeeded(account, sourceAddress, null);
    }

    @Override
    public LoginResult verifyCode(String ticket, String code, String sourceAddress) {
        Instant now = Instant.now();
        LoginThrottle throttle = limits.throttle();
        Optional<Account> found = waiting(ticket, now);
        if (found.isEmpty() || throttle.addressBlocked(sourceAddress, now) || !found.get().hasTotp()) {
            return LoginResult.failed(Outcome.INVALID, null);
        }
        Account account = found.get();
        OptionalLong step = Totp.matchingStep(account.getTotpSecret(), code, now);
        if (step.isEmpty() || !account.useTotpStep(step.getAsLong())) {
            return codeFailed(account, sourceAddress, now);
        }
        return succeeded(account, sourceAddress, "totp");
    }

    @Override
    public TotpEnrolment beginEnrolment(String ticket) {
        Account account = waiting(ticket, Instant.now()).filter(a -> !a.hasTotp())
                .orElseThrow(() -> new de.netzwerkbuero.platform.api.error.RuleViolationException(
                        "loginExpired", "The login has expired; please log in again."));
        String secret = Totp.newSecret();
        account.beginTotp(secret);
        return new TotpEnrolment(secret, Totp.uri(ISSUER, account.getUsername(), secret));
    }

    @Override
    public LoginResult confirmEnrolment(String ticket, String code, String sourceAddress) {
        Instant now = Instant.now();
        Optional<Account> found = waiting(ticket, now).filter(a -> !a.hasTotp() && a.getTotpPendingSecret() != null);
        if (found.isEmpty() || limits.throttle().addressBlocked(sourceAddress, now)) {
            return LoginResult.failed(Outcome.INVALID, null);
        }
        Account account = found.get();
        OptionalLong step = Totp.matchingStep(account.getTotpPendingSecret(), code, now);
        if (step.isEmpty()) {
            return codeFailed(account, sourceAddress, now);
        }
        account.confirmTotp(step.getAsLong());
        record(account.getUsername(), AuditRecord.of("TOTP_ENROLLED", "Account", account.getUsername())
                .set("totp", "(enrolled)"));
        return succeeded(account, sourceAddress, "totp");
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public boolean isCurrent(String username, long stamp) {
        return username != null && stamps.isCurrent(username, stamp);
    }

    private Optional<Account> waiting(String ticket, Instant now) {
        if (ticket == null || ticket.isBlank()) {
            return Optional.empty();
        }
        return accounts.findByTicketForUpdate(SecretToken.hash(ticket)).filter(a -> a.ticketValidAt(now) && a.isEnabled());
    }

    private LoginResult codeFailed(Account account, String sourceAddress, Instant now) {
        account.ticketFailed(CODE_ATTEMPTS_PER_TICKET);
        account.loginFailed();
        limits.throttle().failed(account.getUsername(), sourceAddress, now);
        record(account.getUsername(), AuditRecord.of("LOGIN_FAILED", "Account", account.getUsername())
                .set("reason", "CODE_INVALID").set("source", sourceAddress));
        return LoginResult.failed(Outcome.INVALID, account.getUsername());
    }

    private LoginResult succeeded(Account account, String sourceAddress, String secondFactor) {
        account.loginSucceeded();
        AuditRecord record = AuditRecord.of("LOGIN", "Account", account.getUsername()).set("source", sourceAddress);
        if (secondFactor != null) {
            record.set("secondFactor", secondFactor);
        }
        record(account.getUsername(), record);
        return new LoginResult(Outcome.SUCCESS, account.getUsername(), account.getRoles(),
                account.getSecurityStamp(), null);
    }

    private LoginResult audited(String username, Outcome outcome, String sourceAddress) {
        String actor = actor(username);
        record(actor, AuditRecord.of("LOGIN_FAILED", "Account", actor).set("reason", outcome.name())
                .set("source", sourceAddress));
        return LoginResult.failed(outcome, username);
    }

    private void record(String actor, AuditRecord record) {
        em.persist(StoredAuditEntry.of(actor(actor), record, clock.nowInOffice()));
    }

    private static String actor(String username) {
        if (username == null || username.isBlank()) {
            return "unknown";
        }
        return username.length() > 64 ? username.substring(0, 64) : username;
    }

}
