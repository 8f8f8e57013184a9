package de.netzwerkbuero.membership.api;

import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A member's profile as the office edits it: the draft, whether a version is published (and when), and
 * whether the draft differs from what is published. {@code version} is 0 before the first save.
 */
public record ProfileView(long memberId, String memberName, String text, List<String> creativePlaces,
                          List<String> links, String imageUrl, boolean published, OffsetDateTime publishedAt,
                          boolean unpublishedChanges, long version) implements Serializable {

    public ProfileView {
        creativePlaces = List.copyOf(creativePlaces);
        links = List.copyOf(links);
    }
}
