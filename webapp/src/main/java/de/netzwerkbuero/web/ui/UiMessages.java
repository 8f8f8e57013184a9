package de.netzwerkbuero.web.ui;

import de.netzwerkbuero.platform.api.error.ApplicationProblem;
import de.netzwerkbuero.platform.api.error.FieldViolation;
import de.netzwerkbuero.platform.api.error.InvalidInputException;
import de.netzwerkbuero.web.i18n.Texts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIInput;
import jakarta.faces.component.visit.VisitContext;
import jakarta.faces.component.visit.VisitResult;
import jakarta.faces.context.FacesContext;

import java.util.Locale;

/**
 * Shows messages in the user's language. A field violation goes next to the input whose id is the field's
 * name (in the form that was submitted); everything else goes to the page's global messages.
 */
@ApplicationScoped
public class UiMessages {

    public void global(FacesMessage.Severity severity, String key, Object... args) {
        FacesContext context = FacesContext.getCurrentInstance();
        String text = Texts.text(key, locale(context), args);
        context.addMessage(null, new FacesMessage(severity, text, null));
    }

    public void problem(ApplicationProblem problem) {
        FacesContext context = FacesContext.getCurrentInstance();
        Locale locale = locale(context);
        if (problem instanceof InvalidInputException invalid) {
            for (FieldViolation violation : invalid.violations()) {
                String text = Texts.violation(violation, locale);
                UIInput input = findInput(context, violation.field());
                if (input != null) {
                    input.setValid(false);
                    context.addMessage(input.getClientId(context), new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
                } else {
                    context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                            violation.field() + ": " + text, null));
                }
            }
        } else {
            context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, Texts.problem(problem, locale), null));
        }
        context.validationFailed();
    }

    private static UIInput findInput(FacesContext context, String field) {
        UIInput[] found = new UIInput[1];
        String submittedForm = submittedFormId(context);
        context.getViewRoot().visitTree(VisitContext.createVisitContext(context), (visit, component) -> {
            if (component instanceof UIInput input && field.equals(component.getId())
                    && (submittedForm == null || component.getClientId(context).startsWith(submittedForm + ":"))) {
                found[0] = input;
                return VisitResult.COMPLETE;
            }
            return VisitResult.ACCEPT;
        });
        return found[0];
    }

    private static String submittedFormId(FacesContext context) {
        for (String name : context.getExternalContext().getRequestParameterMap().keySet()) {
            UIComponent component = context.getViewRoot().findComponent(name);
            if (component instanceof jakarta.faces.component.UIForm) {
                return component.getClientId(context);
            }
        }
        return null;
    }

    private static Locale locale(FacesContext context) {
        return Texts.supported(context.getViewRoot() == null ? null : context.getViewRoot().getLocale());
    }
}
