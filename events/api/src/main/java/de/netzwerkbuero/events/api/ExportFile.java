package de.netzwerkbuero.events.api;

import java.io.Serializable;

/** A generated file ready to download: name, media type and content. */
public record ExportFile(String filename, String contentType, byte[] content) implements Serializable {

    public ExportFile {
        content = content.clone();
    }

    @Override
    public byte[] content() {
        return content.clone();
    }
}
