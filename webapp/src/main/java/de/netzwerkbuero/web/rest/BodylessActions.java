package de.netzwerkbuero.web.rest;

import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;

import java.lang.reflect.Method;

/**
 * Actions without a body ({@code POST /events/{id}/publish}, {@code POST /registrations/{id}/check-in}) declare no
 * {@code @Consumes}, so that clients that send no body, with or without a JSON content type, keep working. A body
 * of any other media type is refused with 415 instead of being ignored: a {@code text/plain} or form post must not
 * reach the business logic. (Methods that take a body declare {@code @Consumes}; a unit test checks that.)
 */
@Provider
public class BodylessActions implements ContainerRequestFilter {

    @Context
    private ResourceInfo resource;

    @Override
    public void filter(ContainerRequestContext request) {
        Method method = resource.getResourceMethod();
        if (method == null || ResourceMethods.takesBody(method) || !hasBody(request)) {
            return;
        }
        MediaType type = request.getMediaType();
        if (type == null || !type.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
            throw new NotSupportedException("This action takes no body, or JSON.");
        }
    }

    private static boolean hasBody(ContainerRequestContext request) {
        return request.getLength() > 0 || request.getHeaderString("Transfer-Encoding") != null;
    }
}
