package de.netzwerkbuero.events.domain;

import de.netzwerkbuero.events.api.NewRegistration;
import de.netzwerkbuero.platform.api.error.InvalidInputException;
import de.netzwerkbuero.platform.api.error.Violations;

/** The shape of a registration's input: names, a plausible e-mail, sane ids. */
public final class RegistrationInputCheck {

    public static final int MAX_NAME = 100;
    public static final int MAX_ORGANISATION = 200;

    private RegistrationInputCheck() {
    }

    public static void requireValid(NewRegistration in) {
        if (in == null) {
            throw InvalidInputException.of("registration", "required", "must not be empty");
        }
        new Violations()
                .requireText(in.firstName(), "firstName")
                .require(in.firstName() == null || in.firstName().length() <= MAX_NAME, "firstName", "tooLong",
                        "must be at most " + MAX_NAME + " characters")
                .requireText(in.lastName(), "lastName")
                .require(in.lastName() == null || in.lastName().length() <= MAX_NAME, "lastName", "tooLong",
                        "must be at most " + MAX_NAME + " characters")
                .require(EmailAddress.valid(in.email()), "email", "invalidEmail", "must be an e-mail address")
                .require(in.organisation() == null || in.organisation().length() <= MAX_ORGANISATION,
                        "organisation", "tooLong", "must be at most " + MAX_ORGANISATION + " characters")
                .require(in.memberId() == null || in.memberId() > 0, "memberId", "invalidId", "must be positive")
                .require(in.contactId() == null || in.memberId() != null, "memberId", "required",
                        "must be given with a contact")
                .throwIfAny();
    }
}
