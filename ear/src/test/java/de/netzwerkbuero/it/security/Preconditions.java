package de.netzwerkbuero.it.security;

import de.netzwerkbuero.it.security.OpenApiOperations.Operation;
import de.netzwerkbuero.it.support.Api;

import java.net.http.HttpResponse;
import java.util.List;

/** The current {@code If-Match} for a change: the ETag of the resource, or of the resource it belongs to. */
final class Preconditions {

    private static final Api OFFICE = Api.as("office");
    private static final Api ADMIN = Api.as("admin");

    private Preconditions() {
    }

    /** Changes of a part that carry the version of the whole: {@code PUT /accounts/x/roles} → {@code /accounts/x}. */
    private static final List<String> PARTS = List.of("/roles", "/enabled", "/rule-overrides");

    /**
     * For a {@code PUT}: the ETag of the same path, or of the whole for the {@link #PARTS}; {@code null} when the
     * resource has none (then the change takes no {@code If-Match}).
     */
    static String etagFor(Operation operation, String path) {
        return etagFor(operation.method(), path);
    }

    static String etagFor(String method, String path) {
        if (!"PUT".equals(method)) {
            return null;
        }
        boolean part = PARTS.stream().anyMatch(path::endsWith);
        return etag(part ? path.substring(0, path.lastIndexOf('/')) : path);
    }

    static String etag(String path) {
        Api reader = path.startsWith("/api/v1/accounts") ? ADMIN : OFFICE;
        HttpResponse<String> response = reader.get(path);
        return response.statusCode() == 200 ? response.headers().firstValue("ETag").orElse(null) : null;
    }
}
