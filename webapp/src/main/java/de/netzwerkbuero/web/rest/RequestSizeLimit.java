package de.netzwerkbuero.web.rest;

import de.netzwerkbuero.funding.api.Reports;
import de.netzwerkbuero.platform.api.error.TooLargeException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;

/**
 * Request bodies are limited by the bytes actually read, so that a chunked body or a false Content-Length is held
 * to the same limit: JSON (and any other body) 1 MiB, PDF uploads (raw or multipart) the attachment limit plus
 * room for the multipart framing. A declared length above the limit is refused before reading. Beyond the limit
 * the answer is 413. (The server's own max-post-size, just above the upload limit, is the outer fence.)
 */
@Provider
public class RequestSizeLimit implements ContainerRequestFilter {

    public static final long MAX_JSON_BYTES = 1L << 20;
    public static final long MAX_UPLOAD_BYTES = Reports.MAX_ATTACHMENT_BYTES + 64 * 1024;

    @Override
    public void filter(ContainerRequestContext request) {
        long limit = limitFor(request.getMediaType());
        if (request.getLength() > limit) {
            throw new TooLargeException(limit);
        }
        request.setEntityStream(new LimitedInputStream(request.getEntityStream(), limit));
    }

    static long limitFor(MediaType type) {
        if (type != null && (type.isCompatible(MediaType.MULTIPART_FORM_DATA_TYPE)
                || "application".equals(type.getType()) && "pdf".equals(type.getSubtype()))) {
            return MAX_UPLOAD_BYTES;
        }
        return MAX_JSON_BYTES;
    }
}
