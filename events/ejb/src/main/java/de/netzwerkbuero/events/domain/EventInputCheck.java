package de.netzwerkbuero.events.domain;

import de.netzwerkbuero.events.api.AgendaItemInput;
import de.netzwerkbuero.events.api.EventInput;
import de.netzwerkbuero.platform.api.error.InvalidInputException;
import de.netzwerkbuero.platform.api.error.Violations;

import java.net.URI;
import java.net.URISyntaxException;

/** The shape of an event's and an agenda item's input; rules that need stored data are the facade's. */
public final class EventInputCheck {

    public static final int MAX_CAPACITY = 100_000;
    public static final int MAX_TITLE = 200;
    public static final int MAX_TEXT = 10_000;
    public static final int MAX_VENUE = 500;
    public static final int MAX_URL = 1000;

    private EventInputCheck() {
    }

    /** Every violation of the input, for {@link Violations#throwIfAny()}. */
    public static Violations check(EventInput in) {
        Violations v = new Violations();
        if (in == null) {
            return v.add("event", "required", "must not be empty");
        }
        v.require(in.type() != null, "type", "required", "must not be empty")
                .require(in.format() != null, "format", "required", "must not be empty")
                .require(in.audience() != null, "audience", "required", "must not be empty")
                .requireText(in.title(), "title")
                .require(in.title() == null || in.title().length() <= MAX_TITLE, "title", "tooLong",
                        "must be at most " + MAX_TITLE + " characters")
                .require(in.description() == null || in.description().length() <= MAX_TEXT, "description",
                        "tooLong", "must be at most " + MAX_TEXT + " characters")
                .require(in.startsAt() != null, "startsAt", "required", "must not be empty")
                .require(in.endsAt() != null, "endsAt", "required", "must not be empty")
                .require(in.capacity() != null && in.capacity() >= 1 && in.capacity() <= MAX_CAPACITY,
                        "capacity", "outOfRange", "must be between 1 and " + MAX_CAPACITY)
                .require(in.perMemberQuota() == null || in.perMemberQuota() >= 1, "perMemberQuota",
                        "outOfRange", "must be at least 1")
                .require(in.venue() == null || in.venue().length() <= MAX_VENUE, "venue", "tooLong",
                        "must be at most " + MAX_VENUE + " characters")
                .require(in.onlineUrl() == null || webAddress(in.onlineUrl()), "onlineUrl", "invalidUrl",
                        "must be an http or https address");
        if (in.startsAt() != null && in.endsAt() != null) {
            v.require(in.endsAt().isAfter(in.startsAt()), "endsAt", "endBeforeStart", "must be after the start");
        }
        if (in.format() != null) {
            v.require(!in.format().needsVenue() || notBlank(in.venue()), "venue", "required",
                    "must not be empty for an event on site");
            v.require(!in.format().needsOnlineUrl() || notBlank(in.onlineUrl()), "onlineUrl", "required",
                    "must not be empty for an online event");
        }
        checkWindow(in, v);
        return v;
    }

    private static void checkWindow(EventInput in, Violations v) {
        if (in.registrationOpensAt() != null && in.registrationClosesAt() != null) {
            v.require(in.registrationClosesAt().isAfter(in.registrationOpensAt()), "registrationClosesAt",
                    "endBeforeStart", "must be after registration opens");
        }
        if (in.registrationClosesAt() != null && in.endsAt() != null) {
            v.require(!in.registrationClosesAt().isAfter(in.endsAt()), "registrationClosesAt",
                    "afterEventEnd", "must not be after the event ends");
        }
        if (in.registrationOpensAt() != null && in.startsAt() != null) {
            v.require(in.registrationOpensAt().isBefore(in.startsAt()), "registrationOpensAt",
                    "afterEventStart", "must be before the event starts");
        }
    }

    public static void requireValid(AgendaItemInput in) {
        if (in == null) {
            throw InvalidInputException.of("item", "required", "must not be empty");
        }
        Violations v = new Violations().requireText(in.title(), "title")
                .require(in.title() == null || in.title().length() <= MAX_TITLE, "title", "tooLong",
                        "must be at most " + MAX_TITLE + " characters")
                .require(in.description() == null || in.description().length() <= MAX_TEXT, "description",
                        "tooLong", "must be at most " + MAX_TEXT + " characters")
                .require(in.location() == null || in.location().length() <= MAX_VENUE, "location", "tooLong",
                        "must be at most " + MAX_VENUE + " characters")
                .require(in.startsAt() != null, "startsAt", "required", "must not be empty");
        if (in.startsAt() != null && in.endsAt() != null) {
            v.require(in.endsAt().isAfter(in.startsAt()), "endsAt", "endBeforeStart", "must be after the start");
        }
        v.throwIfAny();
    }

    static boolean webAddress(String value) {
        try {
            URI uri = new URI(value.trim());
            return ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))
                    && uri.getHost() != null && value.length() <= MAX_URL;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static boolean notBlank(String value) {
        return value != null && !value.isBlank();
    }
}
