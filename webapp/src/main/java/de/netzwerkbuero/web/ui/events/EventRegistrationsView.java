package de.netzwerkbuero.web.ui.events;

import de.netzwerkbuero.events.api.EventView;
import de.netzwerkbuero.events.api.Events;
import de.netzwerkbuero.events.api.NewRegistration;
import de.netzwerkbuero.events.api.RegistrationFilter;
import de.netzwerkbuero.events.api.RegistrationStatus;
import de.netzwerkbuero.events.api.RegistrationView;
import de.netzwerkbuero.events.api.Registrations;
import de.netzwerkbuero.membership.api.ContactView;
import de.netzwerkbuero.membership.api.Contacts;
import de.netzwerkbuero.membership.api.MemberSummary;
import de.netzwerkbuero.platform.api.paging.Page;
import de.netzwerkbuero.platform.api.paging.PageRequest;
import de.netzwerkbuero.web.ui.UiMessages;
import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.PrimeFaces;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * One event's registrations for the office: status and waiting-list position, check-in, no-show, cancel;
 * registering a member's contact or a guest; the participant exports.
 */
@Named
@ViewScoped
public class EventRegistrationsView implements Serializable {

    /** Who is being registered: a member's contact person or a guest. */
    public enum Mode { CONTACT, GUEST }

    @EJB
    private Events events;

    @EJB
    private Registrations registrations;

    @EJB
    private Contacts contacts;

    @Inject
    private UiMessages messages;

    private Long id;
    private EventView event;

    private RegistrationStatus status;
    private String q;

    private Mode mode = Mode.GUEST;
    private MemberSummary member;
    private List<ContactView> memberContacts = List.of();
    private Long contactId;
    private String firstName;
    private String lastName;
    private String email;
    private String organisation;

    private final LazyDataModel<RegistrationView> model = new RegistrationsModel();

    /** f:viewAction. */
    public void load() {
        event = events.get(id);
    }

    private void refresh() {
        event = events.get(event.id());
    }

    public void checkIn(RegistrationView registration) {
        registrations.checkIn(registration.id());
        refresh();
        messages.global(FacesMessage.SEVERITY_INFO, "events.registrations.checkedIn", registration.fullName());
    }

    public void markNoShow(RegistrationView registration) {
        registrations.markNoShow(registration.id());
        refresh();
        messages.global(FacesMessage.SEVERITY_INFO, "events.registrations.noShowMarked", registration.fullName());
    }

    public void cancel(RegistrationView registration) {
        registrations.cancel(registration.id());
        refresh();
        messages.global(FacesMessage.SEVERITY_INFO, "events.registrations.cancelled", registration.fullName());
    }

    public void prepareRegistration() {
        mode = Mode.GUEST;
        member = null;
        memberContacts = List.of();
        contactId = null;
        firstName = null;
        lastName = null;
        email = null;
        organisation = null;
    }

    /** A member was picked: offer its contacts. */
    public void memberChosen() {
        memberContacts = member == null ? List.of() : contacts.list(member.id()).stream().filter(c -> !c.erased()).toList();
        contactId = null;
    }

    /** A contact was picked: take over name and e-mail. */
    public void contactChosen() {
        memberContacts.stream().filter(c -> contactId != null && c.id() == contactId).findFirst().ifPresent(c -> {
            firstName = c.firstName();
            lastName = c.lastName();
            email = c.email();
        });
    }

    public void register() {
        boolean contact = mode == Mode.CONTACT;
        RegistrationView created = registrations.register(event.id(), new NewRegistration(
                contact && member != null ? member.id() : null, contact ? contactId : null, firstName, lastName, email,
                contact ? null : organisation));
        refresh();
        if (created.status() == RegistrationStatus.WAITLISTED) {
            messages.global(FacesMessage.SEVERITY_WARN, "events.registrations.waitlisted", created.fullName(),
                    created.waitlistPosition());
        } else {
            messages.global(FacesMessage.SEVERITY_INFO, "events.registrations.confirmed", created.fullName());
        }
        PrimeFaces.current().executeScript("PF('registerDialog').hide()");
    }

    public boolean canCheckIn(RegistrationView r) {
        return r.status() == RegistrationStatus.CONFIRMED || r.status() == RegistrationStatus.NO_SHOW;
    }

    public boolean canMarkNoShow(RegistrationView r) {
        return r.status() == RegistrationStatus.CONFIRMED || r.status() == RegistrationStatus.ATTENDED;
    }

    public boolean canCancel(RegistrationView r) {
        return r.status() == RegistrationStatus.CONFIRMED || r.status() == RegistrationStatus.WAITLISTED;
    }

    /** The export addresses of the API; the UI's session authenticates them. */
    public String exportUrl(String file) {
        return "/api/v1/events/" + event.id() + "/" + file;
    }

    private class RegistrationsModel extends LazyDataModel<RegistrationView> {

        private RegistrationFilter filter() {
            return new RegistrationFilter(status, q == null || q.isBlank() ? null : q.trim());
        }

        @Override
        public int count(Map<String, FilterMeta> filters) {
            return (int) registrations.list(event.id(), filter(), PageRequest.first(1)).total();
        }

        @Override
        public List<RegistrationView> load(int first, int pageSize, Map<String, SortMeta> sort,
                                           Map<String, FilterMeta> filters) {
            Page<RegistrationView> page = registrations.list(event.id(), filter(),
                    new PageRequest(first / pageSize, pageSize, LazySort.of(sort, "registeredAt")));
            setRowCount((int) page.total());
            return page.items();
        }

        @Override
        public String getRowKey(RegistrationView registration) {
            return String.valueOf(registration.id());
        }

        @Override
        public RegistrationView getRowData(String rowKey) {
            return getWrappedData() == null ? null : getWrappedData().stream()
                    .filter(r -> String.valueOf(r.id()).equals(rowKey)).findFirst().orElse(null);
        }
    }

    public LazyDataModel<RegistrationView> getModel() {
        return model;
    }

    public List<Mode> getModes() {
        return List.of(Mode.values());
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

    public RegistrationStatus getStatus() {
        return status;
    }

    public void setStatus(RegistrationStatus status) {
        this.status = status;
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }

    public Mode getMode() {
        return mode;
    }

    public void setMode(Mode mode) {
        this.mode = mode;
    }

    public MemberSummary getMember() {
        return member;
    }

    public void setMember(MemberSummary member) {
        this.member = member;
    }

    public List<ContactView> getMemberContacts() {
        return memberContacts;
    }

    public Long getContactId() {
        return contactId;
    }

    public void setContactId(Long contactId) {
        this.contactId = contactId;
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
