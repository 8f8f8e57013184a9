package de.netzwerkbuero.web.ui;

import de.netzwerkbuero.web.i18n.Texts;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.Locale;

/** The user's language: German unless the browser or the user asks for English. */
@Named
@SessionScoped
public class LocaleBean implements Serializable {

    private Locale locale;

    public Locale getLocale() {
        if (locale == null) {
            FacesContext context = FacesContext.getCurrentInstance();
            locale = Texts.supported(context == null ? null : context.getExternalContext().getRequestLocale());
        }
        return locale;
    }

    public String getLanguage() {
        return getLocale().getLanguage();
    }

    /** The label of the button that switches to the other language, in that language. */
    public String getOtherLanguageLabel() {
        return Locale.GERMAN.equals(getLocale()) ? "English" : "Deutsch";
    }

    public String switchLanguage() {
        locale = Locale.GERMAN.equals(getLocale()) ? Locale.ENGLISH : Locale.GERMAN;
        FacesContext context = FacesContext.getCurrentInstance();
        context.getViewRoot().setLocale(locale);
        return context.getViewRoot().getViewId() + "?faces-redirect=true&includeViewParams=true";
    }
}
