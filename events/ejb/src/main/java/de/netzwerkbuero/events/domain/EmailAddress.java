package de.netzwerkbuero.events.domain;

import java.util.Locale;
import java.util.regex.Pattern;

/** The shape of an e-mail address and its normal form, in which duplicates are compared. */
public final class EmailAddress {

    public static final int MAX_LENGTH = 254;
    private static final Pattern SHAPE = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    private EmailAddress() {
    }

    public static boolean valid(String address) {
        return address != null && address.trim().length() <= MAX_LENGTH && SHAPE.matcher(address.trim()).matches();
    }

    public static String normalize(String address) {
        return address.trim().toLowerCase(Locale.ROOT);
    }

    public static String domain(String address) {
        String normal = normalize(address);
        return normal.substring(normal.lastIndexOf('@') + 1);
    }
}
