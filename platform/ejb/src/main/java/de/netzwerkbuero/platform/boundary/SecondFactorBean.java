package de.netzwerkbuero.platform.boundary;

import de.netzwerkbuero.platform.api.Roles;
import de.netzwerkbuero.platform.api.account.SecondFactor;
import de.netzwerkbuero.platform.api.account.TotpEnrolment;
import de.netzwerkbuero.platform.api.account.TotpPolicy;
import de.netzwerkbuero.platform.api.audit.AuditRecord;
import de.netzwerkbuero.platform.api.audit.AuditTrail;
import de.netzwerkbuero.platform.api.error.InvalidInputException;
import de.netzwerkbuero.platform.api.error.NotFoundException;
import de.netzwerkbuero.platform.api.error.RuleViolationException;
import de.netzwerkbuero.platform.domain.Account;
import de.netzwerkbuero.platform.domain.LoginsRevoked;
import de.netzwerkbuero.platform.domain.Totp;
import de.netzwerkbuero.platform.infrastructure.AccountRepository;
import de.netzwerkbuero.platform.infrastructure.SecuritySettings;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

import java.time.Instant;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeSet;

/** One-time passwords of the logged-in caller, and the administrators' policy and resets. */
@Stateless
@RolesAllowed({Roles.OFFICE, Roles.PROJECT_LEAD, Roles.AUDITOR, Roles.ADMIN})
public class SecondFactorBean implements SecondFactor {

    /** Roles an administrator may oblige to use one-time passwords. */
    static final Set<String> ROLES_THAT_MAY_REQUIRE = Set.of(Roles.ADMIN, Roles.AUDITOR);

    @Inject
    private AccountRepository accounts;

    @Inject
    private SecuritySettings settings;

    @Inject
    private Event<LoginsRevoked> revoked;

    @EJB
    private AuditTrail audit;

    @Resource
    private SessionContext context;

    @Override
    public boolean enrolled() {
        return caller().hasTotp();
    }

    @Override
    public TotpEnrolment beginEnrolment() {
        Account account = caller();
        if (account.hasTotp()) {
            throw new RuleViolationException("totpAlreadyEnrolled",
                    "A one-time password is already set up; an administrator must reset it first.");
        }
        String secret = Totp.newSecret();
        account.beginTotp(secret);
        return new TotpEnrolment(secret, Totp.uri(AuthenticationBean.ISSUER, account.getUsername(), secret));
    }

    @Override
    public void confirmEnrolment(String code) {
        Account account = caller();
        if (account.hasTotp() || account.getTotpPendingSecret() == null) {
            throw new RuleViolationException("totpNotStarted", "Start the set-up of a one-time password first.");
        }
        // The code comes from the user's phone: it is checked against real time, never the business clock.
        OptionalLong step = Totp.matchingStep(account.getTotpPendingSecret(), code, Instant.now());
        if (step.isEmpty()) {
            throw InvalidInputException.of("code", "totpCodeInvalid",
                    "the code is not right; check the time on your device");
        }
        account.confirmTotp(step.getAsLong());
        audit.record(AuditRecord.of("TOTP_ENROLLED", "Account", account.getUsername()).set("totp", "(enrolled)"));
    }

    @Override
    @RolesAllowed(Roles.ADMIN)
    public TotpPolicy policy() {
        return settings.totpPolicy();
    }

    @Override
    @RolesAllowed(Roles.ADMIN)
    public TotpPolicy setPolicy(Set<String> requiredFor) {
        Set<String> roles = requiredFor == null ? Set.of() : requiredFor;
        roles.stream().filter(r -> !ROLES_THAT_MAY_REQUIRE.contains(r)).findFirst().ifPresent(r -> {
            throw InvalidInputException.of("requiredFor", "totpRoleNotAllowed",
                    "one-time passwords can be required for admin and auditor only, not " + r);
        });
        TotpPolicy before = settings.totpPolicy();
        TotpPolicy after = new TotpPolicy(roles);
        settings.setTotpPolicy(after);
        audit.record(AuditRecord.of("TOTP_POLICY_CHANGED", "SecuritySetting", "totp.required-for")
                .change("requiredFor", String.join(",", new TreeSet<>(before.requiredFor())),
                        String.join(",", new TreeSet<>(after.requiredFor()))));
        // Who must now use a one-time password but has none is logged out and enrols at the next login.
        for (String role : after.requiredFor()) {
            if (!before.requiredFor().contains(role)) {
                accounts.withRole(role).stream().filter(a -> !a.hasTotp()).forEach(this::revoke);
            }
        }
        return after;
    }

    @Override
    @RolesAllowed(Roles.ADMIN)
    public void reset(String username) {
        Account account = accounts.find(username).orElseThrow(() -> new NotFoundException("Account", username));
        boolean had = account.hasTotp();
        account.resetTotp();
        revoked.fire(new LoginsRevoked(account.getUsername(), account.getSecurityStamp()));
        audit.record(AuditRecord.of("TOTP_RESET", "Account", username).change("totp", had ? "(enrolled)" : "", ""));
    }

    private void revoke(Account account) {
        account.revokeLogins();
        revoked.fire(new LoginsRevoked(account.getUsername(), account.getSecurityStamp()));
    }

    private Account caller() {
        String name = CallerIdentity.name(context);
        return accounts.find(name).orElseThrow(() -> new NotFoundException("Account", name));
    }
}
