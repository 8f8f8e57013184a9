package de.netzwerkbuero.web.ui.events;

import de.netzwerkbuero.events.api.EventView;
import de.netzwerkbuero.events.api.PublicEvents;
import de.netzwerkbuero.events.api.RegistrationStatus;
import de.netzwerkbuero.events.api.RegistrationView;
import de.netzwerkbuero.events.api.Registrations;
import de.netzwerkbuero.web.ui.UiMessages;
import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;

/** The page behind the personal cancel link of the mails: shows the registration and frees the place. */
@Named
@ViewScoped
public class RegistrationCancelView implements Serializable {

    @EJB
    private Registrations registrations;

    @EJB
    private PublicEvents publicEvents;

    @Inject
    private UiMessages messages;

    private String token;
    private RegistrationView registration;
    private EventView event;

    /** f:viewAction. */
    public void load() {
        if (token != null && registration == null) {
            registration = registrations.findByToken(token);
            event = publicEvents.get(registration.eventId());
        }
    }

    public void cancel() {
        registration = registrations.cancelByToken(token);
        event = publicEvents.get(registration.eventId());
        messages.global(FacesMessage.SEVERITY_INFO, "events.cancelPage.done");
    }

    public boolean isCancellable() {
        return registration != null && (registration.status() == RegistrationStatus.CONFIRMED
                || registration.status() == RegistrationStatus.WAITLISTED);
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public RegistrationView getRegistration() {
        return registration;
    }

    public EventView getEvent() {
        return event;
    }
}
