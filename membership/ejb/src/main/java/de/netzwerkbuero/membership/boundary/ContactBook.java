package de.netzwerkbuero.membership.boundary;

import de.netzwerkbuero.membership.api.ContactData;
import de.netzwerkbuero.membership.domain.Contact;
import de.netzwerkbuero.membership.infrastructure.ContactRepository;
import de.netzwerkbuero.platform.api.audit.AuditRecord;
import de.netzwerkbuero.platform.api.clock.BusinessClock;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

/** Adding and changing contacts with their audit records; shared with the demo data and prospect conversion. */
@Dependent
public class ContactBook {

    @Inject
    private ContactRepository contacts;

    @Inject
    private ChangeRecorder recorder;

    @EJB
    private BusinessClock clock;

    /** The first contact of a member becomes its primary contact. */
    public Contact add(long memberId, ContactData data) {
        Contact contact = new Contact(memberId, data, clock.nowInOffice());
        boolean first = contacts.ofMember(memberId).stream().noneMatch(c -> !c.isErased());
        if (first) {
            contact.makePrimary();
        }
        contacts.add(contact);
        if (contact.isPrimary()) {
            contacts.clearPrimary(memberId, contact);
        }
        AuditRecord record = AuditRecord.of("contact.create", "Contact", contact.getId())
                .set("memberId", memberId)
                .set("primary", contact.isPrimary()).set("consentAt", contact.getConsentAt());
        ChangeRecorder.personal(record, "name", null, contact.fullName());
        ChangeRecorder.personal(record, "function", null, contact.getFunction());
        ChangeRecorder.personal(record, "email", null, contact.getEmail());
        ChangeRecorder.personal(record, "phone", null, contact.getPhone());
        recorder.audit(record);
        return contact;
    }

    public Contact update(Contact contact, ContactData data) {
        String name = contact.fullName();
        String email = contact.getEmail();
        String phone = contact.getPhone();
        String function = contact.getFunction();
        boolean primary = contact.isPrimary();
        var consentAt = contact.getConsentAt();
        contact.edit(data, clock.nowInOffice());
        if (contact.isPrimary()) {
            contacts.clearPrimary(contact.getMemberId(), contact);
        }
        AuditRecord record = AuditRecord.of("contact.update", "Contact", contact.getId())
                .change("primary", primary, contact.isPrimary())
                .change("consentAt", consentAt, contact.getConsentAt());
        ChangeRecorder.personal(record, "name", name, contact.fullName());
        ChangeRecorder.personal(record, "function", function, contact.getFunction());
        ChangeRecorder.personal(record, "email", email, contact.getEmail());
        ChangeRecorder.personal(record, "phone", phone, contact.getPhone());
        if (record.hasChanges()) {
            recorder.audit(record);
        }
        contacts.flush();
        return contact;
    }
}
