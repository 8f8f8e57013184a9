package de.netzwerkbuero.events.api;

import java.io.Serializable;

/**
 * A person to register: a member's contact ({@code memberId}, optionally {@code contactId}) or a guest with
 * name and e-mail. {@code organisation} is only read for guests (a member's name is taken from membership).
 */
public record NewRegistration(Long memberId, Long contactId, String firstName, String lastName, String email,
                              String organisation) implements Serializable {

    public NewRegistration(Long memberId, Long contactId, String firstName, String lastName, String email) {
        this(memberId, contactId, firstName, lastName, email, null);
    }

    public static NewRegistration guest(String firstName, String lastName, String email, String organisation) {
        return new NewRegistration(null, null, firstName, lastName, email, organisation);
    }
}
