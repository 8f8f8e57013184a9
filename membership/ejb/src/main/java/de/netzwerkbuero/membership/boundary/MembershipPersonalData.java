package de.netzwerkbuero.membership.boundary;

import de.netzwerkbuero.membership.domain.Application;
import de.netzwerkbuero.membership.domain.Contact;
import de.netzwerkbuero.membership.domain.Member;
import de.netzwerkbuero.membership.domain.Prospect;
import de.netzwerkbuero.membership.infrastructure.ContactRepository;
import de.netzwerkbuero.membership.infrastructure.MemberRepository;
import de.netzwerkbuero.membership.infrastructure.ProspectRepository;
import de.netzwerkbuero.platform.api.Roles;
import de.netzwerkbuero.platform.api.audit.AuditRecord;
import de.netzwerkbuero.platform.api.clock.BusinessClock;
import de.netzwerkbuero.platform.api.privacy.PersonErasure;
import de.netzwerkbuero.platform.api.privacy.PersonExport;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Membership's part of the DSGVO requests about a person found by address: their contacts (with the member
 * they belong to) and prospect records. Adds the person's contact ids to the request, so that other modules
 * find what is linked to a contact. Each call is a transaction of its own.
 */
@Stateless
@LocalBean
@RolesAllowed(Roles.OFFICE)
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class MembershipPersonalData {

    static final String MODULE = "membership";

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

    public Map<String, Integer> export(PersonExport request) {
        List<Contact> found = contactsOf(request.email(), request.contactIds());
        request.addContactIds(ids(found));
        addEmails(found, request::addEmail);
        JsonArrayBuilder contactSection = Json.createArrayBuilder();
        for (Contact c : found) {
            contactSection.add(contact(c));
            request.subject("Contact", c.getId());
        }
        List<Prospect> prospectsFound = request.email() == null ? List.of() : prospects.allByEmail(request.email());
        JsonArrayBuilder prospectSection = Json.createArrayBuilder();
        for (Prospect p : prospectsFound) {
            prospectSection.add(PersonalDataJson.prospect(p));
            request.subject("Prospect", p.getId());
        }
        request.add("contacts", contactSection.build());
        request.add("prospects", prospectSection.build());
        return Map.of("contacts", found.size(), "prospects", prospectsFound.size());
    }

    public Map<String, Integer> erase(PersonErasure request) {
        List<Contact> found = contactsOf(request.email(), request.contactIds());
        request.addContactIds(ids(found));
        addEmails(found, request::addEmail);
        int contactsErased = 0;
        int applicationsCleared = 0;
        for (Contact contact : found) {
            if (contact.isErased()) {
                continue;
            }
            contact.erase(clock.nowInOffice());
            List<Application> naming = members.applicationsNaming(contact.getId());
            naming.forEach(a -> a.forgetContact(contact.getId()));
            recorder.audit(AuditRecord.of("contact.erase", "Contact", contact.getId())
                    .set("erasedAt", contact.getErasedAt()).set("applicationsCleared", naming.size())
                    .set("erasureId", request.erasureId()));
            contactsErased++;
            applicationsCleared += naming.size();
        }
        int prospectsErased = 0;
        for (Prospect prospect : request.email() == null ? List.<Prospect>of() : prospects.allByEmail(request.email())) {
            var before = prospect.getStatus();
            prospect.eraseOnRequest();
            recorder.audit(AuditRecord.of("prospect.erase", "Prospect", prospect.getId())
                    .change("status", before, prospect.getStatus()).set("erasureId", request.erasureId()));
            prospectsErased++;
        }
        recorder.audit(AuditRecord.of("PERSON_ERASED", "Person", request.erasureId()).set("module", MODULE)
                .set("contacts", contactsErased).set("applicationsCleared", applicationsCleared)
                .set("prospects", prospectsErased));
        return Map.of("contacts", contactsErased, "prospects", prospectsErased);
    }

    private List<Contact> contactsOf(String email, Set<Long> contactIds) {
        Set<Contact> found = new LinkedHashSet<>(email == null ? List.of() : contacts.byEmail(email));
        contactIds.forEach(id -> contacts.find(id).ifPresent(found::add));
        return List.copyOf(found);
    }

    private static Set<Long> ids(List<Contact> found) {
        Set<Long> ids = new LinkedHashSet<>();
        found.forEach(c -> ids.add(c.getId()));
        return ids;
    }

    private static void addEmails(List<Contact> found, Consumer<String> sink) {
        found.forEach(c -> sink.accept(c.getEmail()));
    }

    private JsonObjectBuilder contact(Contact c) {
        Member member = members.find(c.getMemberId());
        return PersonalDataJson.contact(c, member == null ? null : member.getName())
                .add("namedInApplications", PersonalDataJson.applicationsNaming(members.applicationsNaming(c.getId())));
    }
}
