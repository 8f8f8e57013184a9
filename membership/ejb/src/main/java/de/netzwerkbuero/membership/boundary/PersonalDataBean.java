package de.netzwerkbuero.membership.boundary;

import de.netzwerkbuero.membership.api.PersonalData;
import de.netzwerkbuero.membership.domain.Contact;
import de.netzwerkbuero.membership.domain.Member;
import de.netzwerkbuero.membership.domain.Prospect;
import de.netzwerkbuero.membership.infrastructure.ContactRepository;
import de.netzwerkbuero.membership.infrastructure.MemberRepository;
import de.netzwerkbuero.membership.infrastructure.MembershipSettings;
import de.netzwerkbuero.membership.infrastructure.ProspectRepository;
import de.netzwerkbuero.platform.api.Roles;
import de.netzwerkbuero.platform.api.audit.AuditRecord;
import de.netzwerkbuero.platform.api.clock.BusinessClock;
import de.netzwerkbuero.platform.api.privacy.ErasureReport;
import de.netzwerkbuero.platform.api.privacy.PersonRequests;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;

import java.util.List;

/**
 * DSGVO requests of contacts and prospects: the export lists every stored field and where the person is
 * named; erasure anonymises in place, in every module (through {@link PersonRequests}). Both are recorded in the
 * audit trail (without the personal data).
 */
@Stateless
@RolesAllowed(Roles.OFFICE)
public class PersonalDataBean implements PersonalData {

    @Inject
    private ContactRepository contacts;

    @Inject
    private ProspectRepository prospects;

    @Inject
    private MemberRepository members;

    @Inject
    private ChangeRecorder recorder;

    @EJB
    private BusinessClock clock;

    @EJB
    private PersonRequests personRequests;

    @Override
    public String exportContact(long contactId) {
        Contact c = contacts.require(contactId);
        Member member = members.find(c.getMemberId());
        JsonObjectBuilder contact = PersonalDataJson.contact(c, member == null ? null : member.getName());
        recorder.audit(AuditRecord.of("contact.export", "Contact", contactId).set("format", "json"));
        return envelope("contact").add("contact", contact)
                .add("namedInApplications", PersonalDataJson.applicationsNaming(members.applicationsNaming(contactId))).build().toString();
    }

    @Override
    public String exportProspect(long prospectId) {
        Prospect p = prospects.require(prospectId);
        JsonObjectBuilder prospect = PersonalDataJson.prospect(p);
        recorder.audit(AuditRecord.of("prospect.export", "Prospect", prospectId).set("format", "json"));
        return envelope("prospect").add("prospect", prospect).build().toString();
    }

    /** Outside a transaction: every module erases its part in a transaction of its own. */
    @Override
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public ErasureReport eraseContact(long contactId) {
        Contact contact = contacts.require(contactId);
        return personRequests.eraseContact(contactId, contact.getEmail());
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public ErasureReport eraseProspect(long prospectId) {
        Prospect prospect = prospects.require(prospectId);
        if (prospect.getEmail() == null) {
            return new ErasureReport(null, List.of());
        }
        return personRequests.erase(prospect.getEmail());
    }

    private JsonObjectBuilder envelope(String subject) {
        return Json.createObjectBuilder().add("subject", subject)
                .add("exportedAt", clock.nowInOffice().toString())
                .add("controller", MembershipSettings.networkName())
                .add("legalBasis", "DSGVO Art. 15");
    }

}
