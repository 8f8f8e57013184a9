package de.netzwerkbuero.it.security;

import de.netzwerkbuero.it.security.OpenApiOperations.Operation;
import de.netzwerkbuero.it.support.Api;

import java.net.http.HttpResponse;

/** The current {@code If-Match} for a change: the ETag of the resource, or of the resource it belongs to. */
final class Preconditions {

    private static final Api OFFICE = Api.as("office");
    private static final Api ADMIN = Api.as("admin");

    private Preconditions() {
    }

    /** For a {@code PUT}: the ETag of the same path, else of its parent ({@code /accounts/x} for {@code /accounts/x/roles}). */
    static String etagFor(Operation operation, String path) {
        if (!"PUT".equals(operation.method())) {
            return null;
        }
        String etag = etag(path);
        return etag != null ? etag : etag(path.substring(0, path.lastIndexOf('/')));
    }

    static String etag(String path) {
        Api reader = path.startsWith("/api/v1/accounts") ? ADMIN : OFFICE;
        HttpResponse<String> response = reader.get(path);
        return response.statusCode() == 200 ? response.headers().firstValue("ETag").orElse(null) : null;
    }
}
