package de.netzwerkbuero.events.api;

/** Where an event takes place: ON_SITE needs a venue, ONLINE an online link, HYBRID both. */
public enum EventFormat {
    ON_SITE, ONLINE, HYBRID;

    public boolean needsVenue() {
        return this != ONLINE;
    }

    public boolean needsOnlineUrl() {
        return this != ON_SITE;
    }
}
