package de.netzwerkbuero.platform.api.account;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The rule every new password must meet; shown to users before they submit. Besides length it refuses the
 * passwords of {@code common-passwords.txt} (also with digits or symbols only added before or after them)
 * and passwords that contain the username.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;
    private static final String COMMON_LIST = "common-passwords.txt";

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
        String text = new String(password);
        if (text.isBlank()) {
            return Optional.of("passwordBlank");
        }
        String lower = text.toLowerCase(Locale.ROOT);
        if (username != null && !username.isBlank() && lower.contains(username.toLowerCase(Locale.ROOT))) {
            return Optional.of("passwordIsUsername");
        }
        if (isCommon(lower)) {
            return Optional.of("passwordCommon");
        }
        return Optional.empty();
    }

    /** An English description of a problem key, for API clients and logs. */
    public static String message(String key) {
        return switch (key) {
            case "passwordTooShort" -> "must have at least " + MIN_LENGTH + " characters";
            case "passwordTooLong" -> "must have at most " + MAX_LENGTH + " characters";
            case "passwordIsUsername" -> "must not contain the username";
            case "passwordCommon" -> "is one of the most common passwords";
            default -> "must not be blank";
        };
    }

    static boolean isCommon(String lowerCase) {
        Set<String> common = CommonPasswords.LIST;
        return common.contains(lowerCase) || common.contains(core(lowerCase));
    }

    /** The password without digits and symbols around it: "Password2024!" is as weak as "password". */
    private static String core(String password) {
        int start = 0;
        int end = password.length();
        while (start < end && !Character.isLetter(password.charAt(start))) {
            start++;
        }
        while (end > start && !Character.isLetter(password.charAt(end - 1))) {
            end--;
        }
        return password.substring(start, end);
    }

    /** Loaded on first use: a few thousand entries. */
    private static final class CommonPasswords {
        static final Set<String> LIST = load();

        private static Set<String> load() {
            Set<String> list = new HashSet<>();
            try (InputStream in = PasswordPolicy.class.getResourceAsStream(COMMON_LIST)) {
                if (in == null) {
                    throw new IllegalStateException(COMMON_LIST + " is missing from platform-api");
                }
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                    if (!line.isEmpty() && !line.startsWith("#")) {
                        list.add(line.toLowerCase(Locale.ROOT));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return Set.copyOf(list);
        }
    }
}
