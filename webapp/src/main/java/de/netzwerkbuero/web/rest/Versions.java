package de.netzwerkbuero.web.rest;

import de.netzwerkbuero.platform.api.error.InvalidInputException;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

/**
 * Optimistic locking over HTTP: a resource's {@code version} is its (strong) ETag, and a change must send it
 * back in {@code If-Match}. The facade compares it with the stored version and answers 412 when it is stale.
 */
public final class Versions {

    private Versions() {
    }

    public static EntityTag etag(long version) {
        return new EntityTag(Long.toString(version));
    }

    public static Response.ResponseBuilder ok(Object entity, long version) {
        return Response.ok(entity).tag(etag(version));
    }

    /** The version named by {@code If-Match}; a missing or malformed header is a 428 or 400. */
    public static long fromIfMatch(HttpHeaders headers) {
        String value = headers.getHeaderString(HttpHeaders.IF_MATCH);
        if (value == null || value.isBlank()) {
            throw new PreconditionRequiredException();
        }
        String tag = value.trim();
        if (tag.startsWith("W/")) {
            tag = tag.substring(2);
        }
        tag = tag.replace("\"", "");
        try {
            return Long.parseLong(tag);
        } catch (NumberFormatException e) {
            throw InvalidInputException.of("If-Match", "ifMatch", "must be the ETag of the resource, e.g. \"3\"");
        }
    }
}
