package de.netzwerkbuero.web.ui.events;

import de.netzwerkbuero.events.api.AgendaItemView;
import de.netzwerkbuero.events.api.Audience;
import de.netzwerkbuero.events.api.EventStatus;
import de.netzwerkbuero.events.api.EventView;
import de.netzwerkbuero.events.api.NewRegistration;
import de.netzwerkbuero.events.api.PublicEvents;
import de.netzwerkbuero.events.api.Registrations;
import de.netzwerkbuero.membership.api.Profiles;
import de.netzwerkbuero.membership.api.PublicProfile;
import de.netzwerkbuero.web.publicforms.ClientAddress;
import de.netzwerkbuero.web.publicforms.Honeypot;
import de.netzwerkbuero.web.publicforms.PublicForm;
import de.netzwerkbuero.web.publicforms.PublicFormThrottle;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

import java.io.Serializable;
import java.util.List;

/**
 * The public page of one event ({@code /events/{id}}): details, agenda, free places, and the registration
 * form while the event takes registrations. For events open to members, the person names their member
 * organisation (from the published member profiles) and registers with its address. The page only says that the
 * registration was received: whether a place, the waiting list or "already registered", the mail tells the
 * address's owner.
 */
@Named
@ViewScoped
public class PublicEventView implements Serializable {

    @EJB
    private PublicEvents publicEvents;

    @EJB
    private Registrations registrations;

    @EJB
    private Profiles profiles;

    @Inject
    private PublicFormThrottle throttle;

    private Long id;
    private EventView event;
    private List<AgendaItemView> agenda = List.of();
    private List<PublicProfile> members;

    private Long memberId;
    private String firstName;
    private String lastName;
    private String email;
    private String organisation;
    private String website;
    private boolean received;

    /** f:viewAction. */
    public void load() {
        if (id != null && event == null) {
            event = publicEvents.get(id);
            agenda = publicEvents.agenda(id);
        }
    }

    /** A filled honeypot is thanked like everybody else, but nothing is stored or sent. */
    public void register() {
        HttpServletRequest request = (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext()
                .getRequest();
        throttle.admit(PublicForm.EVENT_REGISTRATION, ClientAddress.of(request), email);
        if (!Honeypot.caught(website)) {
            registrations.registerSelf(event.id(), new NewRegistration(memberId, null, firstName, lastName, email,
                    memberId == null ? organisation : null));
        }
        received = true;
        event = publicEvents.get(event.id());
    }

    public boolean isOpen() {
        return event != null && event.status() == EventStatus.PUBLISHED && !received;
    }

    public boolean isForMembers() {
        return event != null && event.audience() != Audience.PUBLIC;
    }

    /** Member organisations to choose from: those with a published profile. */
    public List<PublicProfile> getMembers() {
        if (members == null) {
            members = isForMembers() ? profiles.published() : List.of();
        }
        return members;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public EventView getEvent() {
        return event;
    }

    public List<AgendaItemView> getAgenda() {
        return agenda;
    }

    public boolean isReceived() {
        return received;
    }

    public String getWebsite() {
        return website;
    }

    public void setWebsite(String website) {
        this.website = website;
    }

    public Long getMemberId() {
        return memberId;
    }

    public void setMemberId(Long memberId) {
        this.memberId = memberId;
    }

    public String getFirstName() {
        return firstName;
    }

    public void setFirstName(String firstName) {
        this.firstName = firstName;
    }

    public String getLastName() {
        return lastName;
    }

    public void setLastName(String lastName) {
        this.lastName = lastName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getOrganisation() {
        return organisation;
    }

    public void setOrganisation(String organisation) {
        this.organisation = organisation;
    }
}
