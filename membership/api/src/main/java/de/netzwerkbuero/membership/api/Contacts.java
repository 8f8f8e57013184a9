package de.netzwerkbuero.membership.api;

import jakarta.ejb.Local;

import java.util.List;

/**
 * A member's contact persons. Marking one as primary takes the flag from the previous primary contact.
 * Export and erasure are in {@link PersonalData}.
 */
@Local
public interface Contacts {

    /** The member's contacts, primary first, then by last name. */
    List<ContactView> list(long memberId);

    ContactView get(long contactId);

    ContactView add(long memberId, ContactData contact);

    ContactView update(long contactId, long expectedVersion, ContactData contact);
}
