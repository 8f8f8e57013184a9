package de.netzwerkbuero.membership.boundary;

import de.netzwerkbuero.membership.api.MemberKind;
import de.netzwerkbuero.membership.domain.Ags;
import de.netzwerkbuero.membership.domain.Member;
import de.netzwerkbuero.membership.domain.MemberIdentity;
import de.netzwerkbuero.membership.domain.RegisterRecord;
import de.netzwerkbuero.membership.domain.Texts;
import de.netzwerkbuero.membership.infrastructure.MemberRepository;
import de.netzwerkbuero.membership.infrastructure.RegisterRepository;
import de.netzwerkbuero.platform.api.clock.BusinessClock;
import de.netzwerkbuero.platform.api.error.InvalidInputException;
import de.netzwerkbuero.platform.api.error.Violations;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Checks a member's identity against the register and the existing members, and creates members. With a
 * register loaded, a key must be in it and name a place that can be a member; without one, only format and
 * state are checked. The name may be left empty when the register knows the key.
 */
@Dependent
public class MemberRegistration {

    @Inject
    private MemberRepository members;

    @Inject
    private RegisterRepository register;

    @Inject
    private ChangeRecorder recorder;

    @EJB
    private BusinessClock clock;

    public MemberIdentity identity(MemberKind kind, String name, String rawAgs, Long exceptMemberId) {
        Ags ags = MemberIdentity.keyFor(kind, rawAgs);
        Optional<RegisterRecord> entry = ags == null ? Optional.empty() : registered(ags);
        if (ags != null && members.agsTaken(ags.value(), exceptMemberId)) {
            throw InvalidInputException.of(Ags.FIELD, "agsTaken", "a member with the key " + ags + " exists already");
        }
        String effectiveName = Texts.blank(name) ? entry.map(RegisterRecord::getName).orElse(null) : name;
        return new MemberIdentity(kind, effectiveName, ags, entry.map(RegisterRecord::getPopulation).orElse(null));
    }

    private Optional<RegisterRecord> registered(Ags ags) {
        Optional<RegisterRecord> entry = register.find(ags.value());
        if (entry.isEmpty()) {
            if (!register.empty()) {
                throw InvalidInputException.of(Ags.FIELD, "agsNotInRegister",
                        "the key " + ags + " is not in the municipality register");
            }
            return Optional.empty();
        }
        if (!entry.get().eligible()) {
            throw InvalidInputException.of(Ags.FIELD, "agsNotEligible",
                    entry.get().getName() + " is an unincorporated area and cannot be a member");
        }
        return entry;
    }

    public static void checkContact(String website, String email) {
        Violations v = new Violations();
        Texts.url(v, website, "website");
        Texts.email(v, email, "email", false);
        v.throwIfAny();
    }

    public Member create(MemberIdentity identity, String website, String email) {
        checkContact(website, email);
        Member member = new Member(identity, website, email, clock.nowInOffice());
        members.add(member);
        recorder.created(member);
        return member;
    }

    public Member createFounding(MemberIdentity identity, String website, String email, LocalDate foundingDate) {
        checkContact(website, email);
        Member member = Member.founding(identity, website, email, foundingDate, clock.nowInOffice());
        members.add(member);
        recorder.created(member);
        return member;
    }
}
