package de.netzwerkbuero.membership.boundary;

import de.netzwerkbuero.membership.api.PersonalData;
import de.netzwerkbuero.membership.domain.Application;
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
import jakarta.json.JsonArrayBuilder;
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
        JsonArrayBuilder applications = Json.createArrayBuilder();
        for (Application a : members.applicationsNaming(contactId)) {
            JsonObjectBuilder named = Json.createObjectBuilder().add("memberId", a.getMemberId());
            put(named, "contactPerson", a.getContactPerson());
            applications.add(named);
        }
        JsonObjectBuilder contact = Json.createObjectBuilder().add("id", c.getId()).add("memberId", c.getMemberId());
        put(contact, "memberName", member == null ? null : member.getName());
        put(contact, "firstName", c.getFirstName());
        put(contact, "lastName", c.getLastName());
        put(contact, "function", c.getFunction());
        put(contact, "email", c.getEmail());
        put(contact, "phone", c.getPhone());
        contact.add("primary", c.isPrimary()).add("consent", c.getConsentAt() != null);
        put(contact, "consentAt", c.getConsentAt());
        put(contact, "erasedAt", c.getErasedAt());
        recorder.audit(AuditRecord.of("contact.export", "Contact", contactId).set("format", "json"));
        return envelope("contact").add("contact", contact).add("namedInApplications", applications).build().toString();
    }

    @Override
    public String exportProspect(long prospectId) {
        Prospect p = prospects.require(prospectId);
        JsonObjectBuilder prospect = Json.createObjectBuilder().add("id", p.getId());
        put(prospect, "organisation", p.getOrganisation());
        put(prospect, "ags", p.getAgs());
        put(prospect, "contactName", p.getContactName());
        put(prospect, "email", p.getEmail());
        put(prospect, "status", p.getStatus());
        put(prospect, "signedUpAt", p.getSignedUpAt());
        put(prospect, "consentAt", p.getConsentAt());
        put(prospect, "confirmedAt", p.getConfirmedAt());
        put(prospect, "expiresOn", p.getExpiresOn());
        put(prospect, "memberId", p.getMemberId());
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

    private static void put(JsonObjectBuilder object, String name, Object value) {
        if (value == null) {
            object.addNull(name);
        } else {
            object.add(name, value.toString());
        }
    }
}
