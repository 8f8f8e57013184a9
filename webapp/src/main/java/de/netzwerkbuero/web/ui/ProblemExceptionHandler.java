package de.netzwerkbuero.web.ui;

import de.netzwerkbuero.platform.api.error.ApplicationProblem;
import jakarta.ejb.EJBAccessException;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.FacesException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;

import java.util.Iterator;

/**
 * Turns application problems thrown by backing-bean actions into messages on the same page, so that no
 * bean needs its own try/catch and an open dialog stays open with its field errors. Anything else goes
 * on to the default handling (the error page).
 */
public class ProblemExceptionHandler extends ExceptionHandlerWrapper {

    public ProblemExceptionHandler(ExceptionHandler wrapped) {
        super(wrapped);
    }

    @Override
    public void handle() throws FacesException {
        FacesContext context = FacesContext.getCurrentInstance();
        Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
        while (events.hasNext()) {
            Throwable thrown = events.next().getContext().getException();
            for (Throwable t = thrown; t != null; t = t.getCause()) {
                if (t instanceof ApplicationProblem problem) {
                    CDI.current().select(UiMessages.class).get().problem(problem);
                    events.remove();
                    context.renderResponse();
                    break;
                }
                if (t instanceof EJBAccessException) {
                    CDI.current().select(UiMessages.class).get().global(FacesMessage.SEVERITY_ERROR, "error.notAllowed");
                    context.validationFailed();
                    events.remove();
                    context.renderResponse();
                    break;
                }
            }
        }
        getWrapped().handle();
    }
}
