package de.netzwerkbuero.membership.api;

import jakarta.ejb.Local;

import java.util.List;
import java.util.Optional;

/**
 * Public profiles. The office edits a draft and publishes it; only ACTIVE members can be published, and a
 * member that is no longer ACTIVE drops out of the public list by itself. The public reads are open to anyone.
 */
@Local
public interface Profiles {

    ProfileView get(long memberId);

    /** Saves the draft; {@code expectedVersion} 0 for the first save. */
    ProfileView save(long memberId, long expectedVersion, ProfileData draft);

    /** Publishes the current draft; a {@code RuleViolationException} unless the member is ACTIVE. */
    ProfileView publish(long memberId);

    ProfileView unpublish(long memberId);

    /** Every published profile of an ACTIVE member, by name. */
    List<PublicProfile> published();

    Optional<PublicProfile> published(long memberId);
}
