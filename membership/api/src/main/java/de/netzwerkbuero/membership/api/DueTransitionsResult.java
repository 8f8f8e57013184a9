package de.netzwerkbuero.membership.api;

import java.io.Serializable;

/** What one run of the date-driven transitions changed. */
public record DueTransitionsResult(int activated, int left, int prospectsExpired, int roundsClosed)
        implements Serializable {

    public int total() {
        return activated + left + prospectsExpired + roundsClosed;
    }
}
