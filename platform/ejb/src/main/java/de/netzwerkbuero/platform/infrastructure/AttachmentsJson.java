package de.netzwerkbuero.platform.infrastructure;

import de.netzwerkbuero.platform.api.mail.Mail.Attachment;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;

import java.io.StringReader;
import java.util.Base64;
import java.util.List;

/** Mail attachments stored in the outbox as JSON with base64 content. */
public final class AttachmentsJson {

    private AttachmentsJson() {
    }

    public static String write(List<Attachment> attachments) {
        if (attachments.isEmpty()) {
            return null;
        }
        JsonArrayBuilder array = Json.createArrayBuilder();
        for (Attachment a : attachments) {
            array.add(Json.createObjectBuilder()
                    .add("filename", a.filename())
                    .add("contentType", a.contentType())
                    .add("base64", Base64.getEncoder().encodeToString(a.content())));
        }
        return array.build().toString();
    }

    public static List<Attachment> read(String json) {
        if (json == null || json.isBlank()) {
            return List.of();
        }
        return Json.createReader(new StringReader(json)).readArray().stream()
                .map(v -> (JsonObject) v)
                .map(o -> new Attachment(o.getString("filename"), o.getString("contentType"),
                        Base64.getDecoder().decode(o.getString("base64"))))
                .toList();
    }
}
