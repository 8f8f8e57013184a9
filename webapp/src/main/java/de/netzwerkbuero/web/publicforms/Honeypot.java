package de.netzwerkbuero.web.publicforms;

/**
 * The field people never see (hidden by the style sheet, not by the markup) but form-filling robots do. A
 * request that fills it is answered exactly like a success and otherwise ignored: nothing stored, nothing sent.
 */
public final class Honeypot {

    /** The field's name in the forms and the API bodies. */
    public static final String FIELD = "website";

    private Honeypot() {
    }

    public static boolean caught(String value) {
        return value != null && !value.isBlank();
    }
}
