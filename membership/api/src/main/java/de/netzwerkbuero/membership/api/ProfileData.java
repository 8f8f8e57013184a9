package de.netzwerkbuero.membership.api;

import java.io.Serializable;
import java.util.List;

/** The editable draft of a public profile (Kommunen-Profil): text, creative places, links, an image URL. */
public record ProfileData(String text, List<String> creativePlaces, List<String> links, String imageUrl)
        implements Serializable {

    public ProfileData {
        creativePlaces = creativePlaces == null ? List.of() : List.copyOf(creativePlaces);
        links = links == null ? List.of() : List.copyOf(links);
    }
}
