package de.netzwerkbuero.platform.api.mail;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;

/** A plain-text mail with optional attachments (for example an .ics file). */
public record Mail(String to, String subject, String text, List<Attachment> attachments) implements Serializable {

    public Mail {
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(text, "text");
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
    }

    public static Mail of(String to, String subject, String text) {
        return new Mail(to, subject, text, List.of());
    }

    public record Attachment(String filename, String contentType, byte[] content) implements Serializable {

        public Attachment {
            content = content.clone();
        }

        @Override
        public byte[] content() {
            return content.clone();
        }
    }
}
