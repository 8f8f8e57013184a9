package de.netzwerkbuero.membership.domain;

import de.netzwerkbuero.platform.api.error.Violations;

import java.util.regex.Pattern;

/** Small helpers for checking and cleaning entered text, shared by the entities. */
public final class Texts {

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    private static final Pattern WEB = Pattern.compile("^https?://\\S+$", Pattern.CASE_INSENSITIVE);

    private Texts() {
    }

    /** Trimmed, or {@code null} when blank. */
    public static String clean(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    public static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    public static void required(Violations v, String value, String field, int max) {
        v.requireText(value, field);
        maxLength(v, value, field, max);
    }

    public static void maxLength(Violations v, String value, String field, int max) {
        v.require(value == null || value.trim().length() <= max, field, "tooLong", "must be at most " + max + " characters");
    }

    public static void email(Violations v, String value, String field, boolean required) {
        if (blank(value)) {
            if (required) {
                v.requireText(value, field);
            }
            return;
        }
        v.require(value.trim().length() <= 254 && EMAIL.matcher(value.trim()).matches(), field, "email",
                "must be an e-mail address");
    }

    public static void url(Violations v, String value, String field) {
        if (!blank(value)) {
            v.require(value.trim().length() <= 500 && WEB.matcher(value.trim()).matches(), field, "url",
                    "must be a web address beginning with http:// or https://");
        }
    }

    public static String lowerEmail(String value) {
        String cleaned = clean(value);
        return cleaned == null ? null : cleaned.toLowerCase(java.util.Locale.ROOT);
    }
}
