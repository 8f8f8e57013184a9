package de.netzwerkbuero.funding.api;

import jakarta.ejb.Local;

import java.util.List;

/**
 * Extensions of the grant period. Only an approved extension lets the period end go beyond the programme's
 * duration; approving one moves the period end, and the open deadlines follow.
 */
@Local
public interface Extensions {

    /** Newest first. */
    List<ExtensionView> list(long projectId);

    ExtensionView request(long projectId, ExtensionInput input);

    ExtensionView approve(long id, long expectedVersion);

    ExtensionView reject(long id, long expectedVersion, String note);
}
