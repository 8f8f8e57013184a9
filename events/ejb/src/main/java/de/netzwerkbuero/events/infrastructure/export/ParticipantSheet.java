package de.netzwerkbuero.events.infrastructure.export;

import de.netzwerkbuero.events.api.EventView;
import de.netzwerkbuero.events.api.RegistrationView;

import java.util.List;

/**
 * An event's participants ready to be written: the event, its funding reference (or {@code null}) and the
 * registrations in the order they are listed.
 */
public record ParticipantSheet(EventView event, String fundingReference, List<RegistrationView> participants) {

    public ParticipantSheet {
        participants = List.copyOf(participants);
    }

    /** A file name without characters a file system or a browser might trip over. */
    public String filename(String kind, String extension) {
        String slug = event.title().toLowerCase(java.util.Locale.ROOT)
                .replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("ß", "ss")
                .replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        if (slug.length() > 60) {
            slug = slug.substring(0, 60);
        }
        return kind + "-" + event.id() + (slug.isEmpty() ? "" : "-" + slug) + "." + extension;
    }
}
