package de.netzwerkbuero.membership.api;

import de.netzwerkbuero.platform.api.privacy.ErasureReport;
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

    ErasureReport eraseContact(long contactId);

    /** Erases the person behind the prospect; a prospect already without address is left as it is. */
    ErasureReport eraseProspect(long prospectId);
}
