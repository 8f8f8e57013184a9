package de.netzwerkbuero.web.rest;

import jakarta.ws.rs.core.Response;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Files as HTTP answers: every download names itself in a {@code Content-Disposition} that no file name can break
 * out of (an ASCII fallback of letters, digits, dot, dash and underscore, plus the RFC 6266 {@code filename*} in
 * UTF-8, percent-encoded), is not cached, and is never sniffed ({@code nosniff}, also set by the header filter for
 * every response).
 */
public final class Downloads {

    private Downloads() {
    }

    public static Response.ResponseBuilder attachment(Response.ResponseBuilder response, String filename) {
        return disposition(response, "attachment", filename);
    }

    public static Response.ResponseBuilder inline(Response.ResponseBuilder response, String filename) {
        return disposition(response, "inline", filename);
    }

    /** {@code attachment; filename="..."; filename*=UTF-8''...} for the given name. */
    public static String contentDisposition(String type, String filename) {
        String name = filename == null || filename.isBlank() ? "download" : filename.strip();
        String ascii = name.replaceAll("[^A-Za-z0-9._-]", "_");
        if (ascii.startsWith(".")) {
            ascii = "_" + ascii.substring(1);
        }
        String encoded = URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
        return type + "; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
    }

    private static Response.ResponseBuilder disposition(Response.ResponseBuilder response, String type,
                                                        String filename) {
        return response.header("Content-Disposition", contentDisposition(type, filename))
                .header("X-Content-Type-Options", "nosniff")
                .header("Cache-Control", "no-store");
    }
}
