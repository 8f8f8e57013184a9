package de.netzwerkbuero.web.ui.membership;

import de.netzwerkbuero.web.i18n.Texts;
import jakarta.faces.context.FacesContext;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Values put into messages in the user's language: enum labels from the bundle, dates in its format. */
final class Labels {

    private Labels() {
    }

    static String of(String key) {
        return Texts.text(key, locale());
    }

    static String date(LocalDate date) {
        return date == null ? "" : date.format(DateTimeFormatter.ofPattern(Texts.text("format.date", locale()), locale()));
    }

    private static Locale locale() {
        FacesContext context = FacesContext.getCurrentInstance();
        return Texts.supported(context == null || context.getViewRoot() == null ? null : context.getViewRoot().getLocale());
    }
}
