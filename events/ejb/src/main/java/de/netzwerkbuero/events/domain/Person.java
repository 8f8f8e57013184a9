package de.netzwerkbuero.events.domain;

/**
 * Who is registered: a member's contact or a guest. {@code organisation} is the member's name, or what a
 * guest entered; it is kept as it was when they registered, for lists and sign-in sheets.
 */
public record Person(Long memberId, Long contactId, String firstName, String lastName, String email,
                     String organisation) {
}
