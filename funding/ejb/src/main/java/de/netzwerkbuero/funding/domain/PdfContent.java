package de.netzwerkbuero.funding.domain;

import de.netzwerkbuero.platform.api.error.InvalidInputException;

import java.nio.charset.StandardCharsets;

/**
 * The content check for attachments: a PDF starts with {@code %PDF-} and its last revision ends with
 * {@code %%EOF} (trailing whitespace allowed). That refuses renamed files and cut-off uploads.
 */
public final class PdfContent {

    private static final byte[] MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] EOF_MARKER = "%%EOF".getBytes(StandardCharsets.US_ASCII);
    private static final int TAIL = 1024;

    private PdfContent() {
    }

    public static boolean looksLikePdf(byte[] content) {
        return startsWithMagic(content) && endsWithEofMarker(content);
    }

    public static void require(byte[] content) {
        if (!looksLikePdf(content)) {
            throw InvalidInputException.of("file", "notPdf", "must be a complete PDF document");
        }
    }

    private static boolean startsWithMagic(byte[] content) {
        if (content.length < MAGIC.length) {
            return false;
        }
        for (int i = 0; i < MAGIC.length; i++) {
            if (content[i] != MAGIC[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean endsWithEofMarker(byte[] content) {
        int from = Math.max(0, content.length - TAIL);
        outer:
        for (int i = content.length - EOF_MARKER.length; i >= from; i--) {
            for (int j = 0; j < EOF_MARKER.length; j++) {
                if (content[i + j] != EOF_MARKER[j]) {
                    continue outer;
                }
            }
            return onlyWhitespaceAfter(content, i + EOF_MARKER.length);
        }
        return false;
    }

    private static boolean onlyWhitespaceAfter(byte[] content, int from) {
        for (int i = from; i < content.length; i++) {
            if (!Character.isWhitespace(content[i]) && content[i] != 0) {
                return false;
            }
        }
        return true;
    }
}
