package de.netzwerkbuero.membership.api;

import java.io.Serializable;
import java.time.OffsetDateTime;

/** Whether a register is loaded, how large it is and when it was last imported; {@code source} names the data. */
public record RegisterStatus(long municipalities, long districts, OffsetDateTime importedAt, String source)
        implements Serializable {

    public boolean loaded() {
        return municipalities > 0;
    }
}
