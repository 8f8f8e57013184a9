package de.netzwerkbuero.web.i18n;

import de.netzwerkbuero.platform.api.error.ApplicationProblem;
import de.netzwerkbuero.platform.api.error.FieldViolation;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The one place that turns application problems into sentences in the user's language, for the UI and
 * the API alike: bundle key {@code problem.<key>} (or {@code violation.<key>}), else the English text the
 * exception carries.
 */
public final class Texts {

    public static final String BUNDLE = "de.netzwerkbuero.web.i18n.messages";
    /** The shell's bundle first, then one per business module (JSF vars msg, mem, fun, evt). */
    static final List<String> BUNDLES = List.of(BUNDLE, "de.netzwerkbuero.web.i18n.membership",
            "de.netzwerkbuero.web.i18n.funding", "de.netzwerkbuero.web.i18n.events");
    public static final List<Locale> SUPPORTED = List.of(Locale.GERMAN, Locale.ENGLISH);

    private Texts() {
    }

    public static String problem(ApplicationProblem problem, Locale locale) {
        return format("problem." + problem.key(), problem.getMessage(), locale, problem.args());
    }

    public static String violation(FieldViolation violation, Locale locale) {
        return format("violation." + violation.key(), violation.message(), locale);
    }

    public static String text(String key, Locale locale, Object... args) {
        return format(key, key, locale, args);
    }

    private static String format(String key, String fallback, Locale locale, Object... args) {
        for (String bundle : BUNDLES) {
            try {
                String pattern = ResourceBundle.getBundle(bundle, supported(locale)).getString(key);
                return new MessageFormat(pattern, locale).format(args);
            } catch (MissingResourceException e) {
                // not in this bundle (or no such bundle yet): try the next one
            }
        }
        return fallback;
    }

    /** German unless English is asked for: the office works in German. */
    public static Locale supported(Locale requested) {
        return requested != null && Locale.ENGLISH.getLanguage().equals(requested.getLanguage())
                ? Locale.ENGLISH : Locale.GERMAN;
    }
}
