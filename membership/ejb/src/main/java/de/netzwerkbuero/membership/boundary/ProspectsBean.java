package de.netzwerkbuero.membership.boundary;

import de.netzwerkbuero.membership.api.ContactData;
import de.netzwerkbuero.membership.api.MemberKind;
import de.netzwerkbuero.membership.api.MemberView;
import de.netzwerkbuero.membership.api.ProspectSignUp;
import de.netzwerkbuero.membership.api.ProspectStatus;
import de.netzwerkbuero.membership.api.ProspectView;
import de.netzwerkbuero.membership.api.Prospects;
import de.netzwerkbuero.membership.domain.Ags;
import de.netzwerkbuero.membership.domain.Contact;
import de.netzwerkbuero.membership.domain.Member;
import de.netzwerkbuero.membership.domain.MemberIdentity;
import de.netzwerkbuero.platform.api.secret.SecretToken;
import de.netzwerkbuero.membership.domain.Prospect;
import de.netzwerkbuero.membership.domain.Texts;
import de.netzwerkbuero.membership.infrastructure.MembershipMails;
import de.netzwerkbuero.membership.infrastructure.MembershipSettings;
import de.netzwerkbuero.membership.infrastructure.ProspectRepository;
import de.netzwerkbuero.platform.api.Roles;
import de.netzwerkbuero.platform.api.audit.AuditRecord;
import de.netzwerkbuero.platform.api.clock.BusinessClock;
import de.netzwerkbuero.platform.api.error.InvalidInputException;
import de.netzwerkbuero.platform.api.error.NotFoundException;
import de.netzwerkbuero.platform.api.error.Violations;
import de.netzwerkbuero.platform.api.mail.Mailer;
import de.netzwerkbuero.platform.api.paging.Page;
import de.netzwerkbuero.platform.api.paging.PageRequest;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.time.OffsetDateTime;
import java.util.Optional;

/** Public sign-up with double opt-in, and the office's work on prospects. */
@Stateless
@RolesAllowed(Roles.OFFICE)
public class ProspectsBean implements Prospects {

    static final String ENTITY = "Prospect";

    @Inject
    private ProspectRepository prospects;

    @Inject
    private MemberRegistration registration;

    @Inject
    private ContactBook contactBook;

    @Inject
    private ChangeRecorder recorder;

    @EJB
    private BusinessClock clock;

    @EJB
    private Mailer mailer;

    @Override
    @PermitAll
    public long signUp(ProspectSignUp signUp) {
        Ags ags = check(signUp);
        OffsetDateTime now = clock.nowInOffice();
        String token = SecretToken.generate();
        Optional<Prospect> known = prospects.openByEmail(Texts.lowerEmail(signUp.email()));
        if (known.isPresent() && known.get().getStatus() == ProspectStatus.CONFIRMED) {
            mailer.enqueue(MembershipMails.alreadyConfirmed(known.get()));
            return known.get().getId();
        }
        Prospect prospect;
        if (known.isPresent()) {
            prospect = known.get();
            prospect.newToken(SecretToken.hash(token), now, MembershipSettings.confirmationDays());
            recorder.audit(AuditRecord.of("prospect.signUpRepeated", ENTITY, prospect.getId())
                    .set("expiresOn", prospect.getExpiresOn()));
        } else {
            prospect = new Prospect(signUp.organisation(), ags, signUp.contactName(), signUp.email(),
                    SecretToken.hash(token), now, MembershipSettings.confirmationDays());
            prospects.add(prospect);
            AuditRecord record = AuditRecord.of("prospect.signUp", ENTITY, prospect.getId())
                    .set("ags", prospect.getAgs())
                    .set("status", prospect.getStatus()).set("consentAt", prospect.getConsentAt());
            ChangeRecorder.personal(record, "organisation", null, prospect.getOrganisation());
            ChangeRecorder.personal(record, "contactName", null, prospect.getContactName());
            ChangeRecorder.personal(record, "email", null, prospect.getEmail());
            recorder.audit(record);
        }
        mailer.enqueue(MembershipMails.confirmSignUp(prospect, token));
        return prospect.getId();
    }

    private static Ags check(ProspectSignUp signUp) {
        if (signUp == null) {
            throw InvalidInputException.of("body", "required", "must not be empty");
        }
        Violations v = new Violations();
        Texts.required(v, signUp.organisation(), "organisation", 200);
        Texts.required(v, signUp.contactName(), "contactName", 200);
        Texts.email(v, signUp.email(), "email", true);
        v.require(signUp.consent(), "consent", "consentRequired",
                "must be given: we need your consent to keep your address and write to you");
        Ags ags = null;
        if (!Texts.blank(signUp.ags())) {
            try {
                ags = Ags.parse(signUp.ags());
            } catch (InvalidInputException e) {
                e.violations().forEach(f -> v.add(f.field(), f.key(), f.message()));
            }
        }
        v.throwIfAny();
        return ags;
    }

    @Override
    @PermitAll
    public ProspectView confirm(String token) {
        Prospect prospect = pending(token).orElseThrow(() -> new NotFoundException("Sign-up confirmation", "token"));
        prospect.confirm(clock.nowInOffice(), MembershipSettings.prospectRetentionMonths());
        recorder.audit(AuditRecord.of("prospect.confirm", ENTITY, prospect.getId())
                .change("status", ProspectStatus.PENDING, prospect.getStatus())
                .set("expiresOn", prospect.getExpiresOn()));
        prospects.flush();
        return Views.prospect(prospect);
    }

    @Override
    @PermitAll
    public boolean confirmable(String token) {
        return pending(token).isPresent();
    }

    private Optional<Prospect> pending(String token) {
        if (Texts.blank(token)) {
            return Optional.empty();
        }
        return prospects.byTokenHash(SecretToken.hash(token.trim()))
                .filter(p -> p.getStatus() == ProspectStatus.PENDING && !p.expiredOn(clock.today()));
    }

    @Override
    public Page<ProspectView> list(ProspectStatus status, String q, PageRequest page) {
        return prospects.page(status, q, page).map(Views::prospect);
    }

    @Override
    public ProspectView get(long id) {
        return Views.prospect(prospects.require(id));
    }

    @Override
    public ProspectView renew(long id) {
        Prospect prospect = prospects.require(id);
        var before = prospect.getExpiresOn();
        prospect.renew(clock.today(), MembershipSettings.prospectRetentionMonths());
        recorder.audit(AuditRecord.of("prospect.renew", ENTITY, id).change("expiresOn", before, prospect.getExpiresOn()));
        prospects.flush();
        return Views.prospect(prospect);
    }

    @Override
    public MemberView convertToMember(long id, MemberKind kind) {
        Prospect prospect = prospects.require(id);
        MemberKind effectiveKind = kind != null ? kind
                : prospect.getAgs() == null ? MemberKind.PARTNER
                : prospect.getAgs().length() == 5 ? MemberKind.LANDKREIS : MemberKind.KOMMUNE;
        MemberIdentity identity = registration.identity(effectiveKind, prospect.getOrganisation(), prospect.getAgs(), null);
        var before = prospect.getStatus();
        Member member = registration.create(identity, null, null);
        prospect.converted(member.getId());
        if (prospect.getContactName() != null) {
            String[] name = splitName(prospect.getContactName());
            Contact contact = contactBook.add(member.getId(),
                    new ContactData(name[0], name[1], null, prospect.getEmail(), null, true, true));
            contact.consentGivenAt(prospect.getConsentAt());
        }
        recorder.audit(AuditRecord.of("prospect.convert", ENTITY, id).change("status", before, prospect.getStatus())
                .set("memberId", member.getId()));
        prospects.flush();
        return Views.member(member);
    }

    /** "Anna Maria Schulz" → first names "Anna Maria", last name "Schulz". */
    static String[] splitName(String fullName) {
        String trimmed = fullName.trim();
        int space = trimmed.lastIndexOf(' ');
        return space < 0 ? new String[]{null, trimmed}
                : new String[]{trimmed.substring(0, space).trim(), trimmed.substring(space + 1)};
    }
}
