package de.netzwerkbuero.membership.api;

import jakarta.ejb.Local;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Read-only look-ups for the funding and events modules. Open to every authenticated caller and to
 * timers; it reveals names and states only, never contact data beyond what registrations need.
 */
@Local
public interface MemberDirectory {

    Optional<MemberSummary> find(long memberId);

    /** The members with these ids, in no particular order; unknown ids are left out. */
    List<MemberSummary> findAll(Collection<Long> memberIds);

    Optional<ContactSummary> contact(long contactId);

    List<ContactSummary> contactsOf(long memberId);

    /** Confirmed prospects whose records have not expired: told about events open to prospects. */
    List<ProspectSummary> confirmedProspects();

    /** Whether the e-mail belongs to a confirmed prospect (for events open to members and prospects). */
    boolean isConfirmedProspect(String email);
}
