package de.netzwerkbuero.membership.boundary;

import de.netzwerkbuero.membership.api.ContactData;
import de.netzwerkbuero.membership.api.ContactView;
import de.netzwerkbuero.membership.api.Contacts;
import de.netzwerkbuero.membership.domain.Contact;
import de.netzwerkbuero.membership.infrastructure.ContactRepository;
import de.netzwerkbuero.membership.infrastructure.MemberRepository;
import de.netzwerkbuero.platform.api.Roles;
import de.netzwerkbuero.platform.api.error.InvalidInputException;
import de.netzwerkbuero.platform.api.error.StaleVersionException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.util.List;

/** Contact persons of members; one of them is the primary contact. */
@Stateless
@RolesAllowed(Roles.OFFICE)
public class ContactsBean implements Contacts {

    @Inject
    private ContactRepository contacts;

    @Inject
    private MemberRepository members;

    @Inject
    private ContactBook book;

    @Override
    public List<ContactView> list(long memberId) {
        members.require(memberId);
        return contacts.ofMember(memberId).stream().map(Views::contact).toList();
    }

    @Override
    public ContactView get(long contactId) {
        return Views.contact(contacts.require(contactId));
    }

    @Override
    public ContactView add(long memberId, ContactData data) {
        if (data == null) {
            throw InvalidInputException.of("body", "required", "must not be empty");
        }
        members.require(memberId);
        return Views.contact(book.add(memberId, data));
    }

    @Override
    public ContactView update(long contactId, long expectedVersion, ContactData data) {
        if (data == null) {
            throw InvalidInputException.of("body", "required", "must not be empty");
        }
        Contact contact = contacts.require(contactId);
        if (contact.getVersion() != expectedVersion) {
            throw new StaleVersionException("Contact", contactId, expectedVersion, contact.getVersion());
        }
        return Views.contact(book.update(contact, data));
    }
}
