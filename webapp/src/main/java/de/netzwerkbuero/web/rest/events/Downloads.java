package de.netzwerkbuero.web.rest.events;

import de.netzwerkbuero.events.api.ExportFile;
import jakarta.ws.rs.core.Response;

/** A generated file as an HTTP answer: its media type, and its name for the browser's download. */
final class Downloads {

    private Downloads() {
    }

    static Response of(ExportFile file, boolean attachment) {
        Response.ResponseBuilder response = Response.ok(file.content()).type(file.contentType());
        return (attachment ? de.netzwerkbuero.web.rest.Downloads.attachment(response, file.filename())
                : de.netzwerkbuero.web.rest.Downloads.inline(response, file.filename())).build();
    }
}
