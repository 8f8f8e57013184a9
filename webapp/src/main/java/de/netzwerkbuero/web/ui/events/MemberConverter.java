package de.netzwerkbuero.web.ui.events;

import de.netzwerkbuero.membership.api.MemberDirectory;
import de.netzwerkbuero.membership.api.MemberSummary;
import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;
import de.netzwerkbuero.web.i18n.Texts;

/** A member organisation in the events screens' pickers, keyed by its id. */
@FacesConverter(value = "eventsMemberConverter", managed = true)
public class MemberConverter implements Converter<MemberSummary> {

    @EJB
    private MemberDirectory directory;

    @Override
    public MemberSummary getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return directory.find(Long.parseLong(value.trim())).orElseThrow(() -> unknown(context));
        } catch (NumberFormatException e) {
            throw unknown(context);
        }
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, MemberSummary member) {
        return member == null ? "" : String.valueOf(member.id());
    }

    private static ConverterException unknown(FacesContext context) {
        String text = Texts.text("events.member.unknown", context.getViewRoot().getLocale());
        return new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
    }
}
