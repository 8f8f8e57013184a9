package de.netzwerkbuero.membership.api;

import java.io.Serializable;

/** What an import did: entries read, newly inserted, changed, and left as they were (re-import is idempotent). */
public record RegisterImportResult(int municipalities, int districts, int inserted, int updated, int unchanged,
                                   int skipped) implements Serializable {
}
