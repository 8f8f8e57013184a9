package de.netzwerkbuero.events.api;

/**
 * A registration is CONFIRMED (holds a place) or WAITLISTED, then CANCELLED, ATTENDED or NO_SHOW.
 * ATTENDED and NO_SHOW still hold their place: the capacity counts them.
 */
public enum RegistrationStatus {
    CONFIRMED, WAITLISTED, CANCELLED, ATTENDED, NO_SHOW;

    public boolean holdsPlace() {
        return this == CONFIRMED || this == ATTENDED || this == NO_SHOW;
    }

    public boolean active() {
        return this != CANCELLED;
    }
}
