package de.netzwerkbuero.membership.api;

import jakarta.ejb.Local;

/**
 * A person's rights under the DSGVO: everything stored about a contact or a prospect as JSON (Art. 15), and
 * erasure by anonymisation (Art. 17). Erased records keep their id, so that funding and event records
 * referring to them stay valid, but no longer hold a name, address or phone number.
 */
@Local
public interface PersonalData {

    String exportContact(long contactId);

    String exportProspect(long prospectId);

    void eraseContact(long contactId);

    void eraseProspect(long prospectId);
}
