package de.netzwerkbuero.events.api;

/**
 * An event's life: DRAFT → PUBLISHED → REGISTRATION_CLOSED → COMPLETED, or CANCELLED from any state before
 * COMPLETED. Only PUBLISHED events take registrations.
 */
public enum EventStatus {
    DRAFT, PUBLISHED, REGISTRATION_CLOSED, COMPLETED, CANCELLED;

    /** Whether the public may see the event (public pages, calendar feed). */
    public boolean visibleToPublic() {
        return this != DRAFT;
    }
}
