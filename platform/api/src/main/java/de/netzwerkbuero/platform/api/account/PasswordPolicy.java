package de.netzwerkbuero.platform.api.account;

import java.util.Optional;

/** The rule every new password must meet; shown to users before they submit. */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 256;

    private PasswordPolicy() {
    }

    /** Why the password is not acceptable, as a bundle key; empty when it is. */
    public static Optional<String> problem(char[] password, String username) {
        if (password == null || password.length < MIN_LENGTH) {
            return Optional.of("passwordTooShort");
        }
        if (password.length > MAX_LENGTH) {
            return Optional.of("passwordTooLong");
        }
        if (new String(password).isBlank()) {
            return Optional.of("passwordBlank");
        }
        if (username != null && new String(password).equalsIgnoreCase(username)) {
            return Optional.of("passwordIsUsername");
        }
        return Optional.empty();
    }
}
