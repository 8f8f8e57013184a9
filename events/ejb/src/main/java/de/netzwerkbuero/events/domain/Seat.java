package de.netzwerkbuero.events.domain;

/** What a new registration got: a place, or a number on the waiting list (lower numbers move up first). */
public record Seat(boolean confirmed, Long waitlistNumber) {

    public static final Seat CONFIRMED = new Seat(true, null);

    public static Seat waitlisted(long number) {
        return new Seat(false, number);
    }
}
