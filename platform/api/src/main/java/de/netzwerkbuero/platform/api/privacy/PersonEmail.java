package de.netzwerkbuero.platform.api.privacy;

import de.netzwerkbuero.platform.api.error.InvalidInputException;

import java.util.Locale;
import java.util.regex.Pattern;

/** The e-mail address a DSGVO request names, in the normal form every module compares with. */
public final class PersonEmail {

    private static final int MAX_LENGTH = 254;
    private static final Pattern SHAPE = Pattern.compile("^[^@\\s]+@[^@\\s]+$");

    private PersonEmail() {
    }

    /** Trimmed and lower-cased; refuses anything that is not an address (field {@code email}). */
    public static String normalize(String address) {
        String normal = address == null ? "" : address.trim().toLowerCase(Locale.ROOT);
        if (normal.isEmpty() || normal.length() > MAX_LENGTH || !SHAPE.matcher(normal).matches()) {
            throw InvalidInputException.of("email", "email", "must be an e-mail address");
        }
        return normal;
    }
}
