package de.netzwerkbuero.web.rest;

import de.netzwerkbuero.platform.api.error.TooLargeException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.ext.Provider;

/**
 * JSON bodies above 1 MiB are refused with 413 before they are read. (Uploads that may be larger, such as
 * report attachments, check their own limit.)
 */
@Provider
public class RequestSizeLimit implements ContainerRequestFilter {

    public static final long MAX_JSON_BYTES = 1L << 20;

    @Override
    public void filter(ContainerRequestContext request) {
        if (request.getMediaType() != null && "json".equals(request.getMediaType().getSubtype())
                && request.getLength() > MAX_JSON_BYTES) {
            throw new TooLargeException(MAX_JSON_BYTES);
        }
    }
}
