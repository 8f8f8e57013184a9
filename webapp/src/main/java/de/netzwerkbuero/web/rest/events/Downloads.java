package de.netzwerkbuero.web.rest.events;

import de.netzwerkbuero.events.api.ExportFile;
import jakarta.ws.rs.core.Response;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** A generated file as an HTTP answer: its media type, and its name for the browser's download. */
final class Downloads {

    private Downloads() {
    }

    static Response of(ExportFile file, boolean attachment) {
        String ascii = file.filename().replaceAll("[^A-Za-z0-9._-]", "_");
        String encoded = URLEncoder.encode(file.filename(), StandardCharsets.UTF_8).replace("+", "%20");
        return Response.ok(file.content())
                .type(file.contentType())
                .header("Content-Disposition", (attachment ? "attachment" : "inline") + "; filename=\"" + ascii
                        + "\"; filename*=UTF-8''" + encoded)
                .header("Cache-Control", "no-store")
                .build();
    }
}
