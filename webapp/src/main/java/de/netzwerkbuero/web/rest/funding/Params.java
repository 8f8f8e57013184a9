package de.netzwerkbuero.web.rest.funding;

import de.netzwerkbuero.platform.api.error.InvalidInputException;
import de.netzwerkbuero.web.rest.QueryValues;
import de.netzwerkbuero.web.rest.Versions;
import jakarta.ws.rs.core.HttpHeaders;

import java.util.function.LongSupplier;

/**
 * Request bodies and action versions of the funding resources (query parameters: {@link QueryValues}).
 */
final class Params {

    private Params() {
    }

    /** A JSON body that must be there. */
    static <T> T body(T body) {
        if (body == null) {
            throw InvalidInputException.of("body", "bodyRequired", "the request needs a JSON body");
        }
        return body;
    }

    /**
     * The version an action is based on: {@code If-Match} when the client sends it (a stale one is a 412), else
     * the current version, because an action is guarded by the workflow's state rather than by a stale copy.
     */
    static long versionForAction(HttpHeaders headers, LongSupplier current) {
        String ifMatch = headers.getHeaderString(HttpHeaders.IF_MATCH);
        return ifMatch == null || ifMatch.isBlank() ? current.getAsLong() : Versions.fromIfMatch(headers);
    }
}
