package de.netzwerkbuero.membership.boundary;

import de.netzwerkbuero.membership.api.ContactSummary;
import de.netzwerkbuero.membership.api.MemberDirectory;
import de.netzwerkbuero.membership.api.MemberSummary;
import de.netzwerkbuero.membership.api.ProspectSummary;
import de.netzwerkbuero.membership.domain.Texts;
import de.netzwerkbuero.membership.infrastructure.ContactRepository;
import de.netzwerkbuero.membership.infrastructure.MemberRepository;
import de.netzwerkbuero.membership.infrastructure.ProspectRepository;
import de.netzwerkbuero.platform.api.clock.BusinessClock;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Read-only look-ups for the other modules; erased contacts are left out of lists. */
@Stateless
@PermitAll
public class MemberDirectoryBean implements MemberDirectory {

    @Inject
    private MemberRepository members;

    @Inject
    private ContactRepository contacts;

    @Inject
    private ProspectRepository prospects;

    @EJB
    private BusinessClock clock;

    @Override
    public Optional<MemberSummary> find(long memberId) {
        return Optional.ofNullable(members.find(memberId)).map(Views::summary);
    }

    @Override
    public List<MemberSummary> findAll(Collection<Long> memberIds) {
        if (memberIds == null || memberIds.isEmpty()) {
            return List.of();
        }
        return members.findAll(memberIds).stream().map(Views::summary).toList();
    }

    @Override
    public Optional<ContactSummary> contact(long contactId) {
        return contacts.find(contactId).map(Views::contactSummary);
    }

    @Override
    public List<ContactSummary> contactsOf(long memberId) {
        return contacts.ofMember(memberId).stream().filter(c -> !c.isErased()).map(Views::contactSummary).toList();
    }

    @Override
    public List<ProspectSummary> confirmedProspects() {
        return prospects.confirmed(clock.today()).stream().map(Views::prospectSummary).toList();
    }

    @Override
    public boolean isConfirmedProspect(String email) {
        String normalised = Texts.lowerEmail(email);
        return normalised != null && prospects.isConfirmed(normalised, clock.today());
    }
}
