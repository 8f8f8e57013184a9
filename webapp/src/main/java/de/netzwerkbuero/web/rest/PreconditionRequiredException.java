package de.netzwerkbuero.web.rest;

/** A change was sent without {@code If-Match}: 428, so that no client overwrites what it has not seen. */
public class PreconditionRequiredException extends RuntimeException {

    public PreconditionRequiredException() {
        super("This change needs the If-Match header with the resource's ETag (its version).");
    }
}
