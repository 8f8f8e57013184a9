package de.netzwerkbuero.membership.api;

import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.List;

/** A published profile of an ACTIVE member, for the public page and {@code GET /public/profiles}. */
public record PublicProfile(long memberId, String name, MemberKind kind, String ags, String state,
                            Integer population, String website, String text, List<String> creativePlaces,
                            List<String> links, String imageUrl, boolean foundingMember,
                            OffsetDateTime publishedAt) implements Serializable {

    public PublicProfile {
        creativePlaces = List.copyOf(creativePlaces);
        links = List.copyOf(links);
    }
}
