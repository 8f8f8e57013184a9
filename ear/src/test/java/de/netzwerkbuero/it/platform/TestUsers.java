package de.netzwerkbuero.it.platform;

import de.netzwerkbuero.it.support.Api;
import jakarta.json.Json;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/** Fresh accounts for one test each, created and changed by the administrator through the API. */
final class TestUsers {

    private TestUsers() {
    }

    /** A new account with the role; its password is {@link #password(String)}. */
    static String create(String prefix, String role) {
        String username = prefix + "-" + Integer.toString(ThreadLocalRandom.current().nextInt(1 << 30), 36);
        HttpResponse<String> created = Api.as("admin").post("/api/v1/accounts", Json.createObjectBuilder()
                .add("username", username).add("displayName", username).add("email", username + "@example.org")
                .add("roles", Json.createArrayBuilder().add(role)).add("password", password(username))
                .build().toString());
        if (created.statusCode() != 201) {
            throw new IllegalStateException("cannot create " + username + ": " + created.statusCode() + " " + created.body());
        }
        return username;
    }

    static String password(String username) {
        return "Sitzung-" + Integer.toHexString(username.hashCode()) + "-Probe";
    }

    static int disable(String username) {
        return Api.as("admin").put("/api/v1/accounts/" + username + "/enabled", "{\"enabled\":false}",
                Map.of("If-Match", etag(username))).statusCode();
    }

    static int setRole(String username, String role) {
        return Api.as("admin").put("/api/v1/accounts/" + username + "/roles", "{\"roles\":[\"" + role + "\"]}",
                Map.of("If-Match", etag(username))).statusCode();
    }

    static int resetPassword(String username, String password) {
        return Api.as("admin").post("/api/v1/accounts/" + username + "/password",
                Json.createObjectBuilder().add("password", password).build().toString()).statusCode();
    }

    private static String etag(String username) {
        return Api.as("admin").get("/api/v1/accounts/" + username).headers().firstValue("ETag").orElseThrow();
    }
}
