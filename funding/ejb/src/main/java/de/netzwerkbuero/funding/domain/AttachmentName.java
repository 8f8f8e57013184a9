package de.netzwerkbuero.funding.domain;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The name an uploaded attachment is kept and offered under: only its last path segment, letters, digits, space,
 * dot, dash and underscore (anything else becomes "_"), no leading dot, at most 200 characters, and always the
 * extension {@code .pdf} whatever the uploader called it, because the bytes are checked to be a PDF. The file
 * itself is stored under its SHA-256; this name is display metadata for lists and downloads.
 */
public final class AttachmentName {

    static final int MAX_STEM = 200;
    private static final String EXTENSION = ".pdf";

    private AttachmentName() {
    }

    public static String of(String uploaded) {
        String name = uploaded == null ? "" : Normalizer.normalize(uploaded, Normalizer.Form.NFC).replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1);
        if (name.toLowerCase(Locale.ROOT).endsWith(EXTENSION)) {
            name = name.substring(0, name.length() - EXTENSION.length());
        }
        String stem = name.replaceAll("[^\\p{L}\\p{N} ._-]", "_").replaceAll("^[. ]+", "").strip();
        if (stem.isEmpty() || stem.chars().allMatch(c -> c == '_' || c == '.')) {
            stem = "attachment";
        }
        if (stem.length() > MAX_STEM) {
            stem = stem.substring(0, MAX_STEM).strip();
        }
        return stem + EXTENSION;
    }
}
