package de.netzwerkbuero.web.ui.events;

import de.netzwerkbuero.events.api.AgendaItemInput;
import de.netzwerkbuero.events.api.AgendaItemView;
import de.netzwerkbuero.events.api.Audience;
import de.netzwerkbuero.events.api.EventFormat;
import de.netzwerkbuero.events.api.EventInput;
import de.netzwerkbuero.events.api.EventStatus;
import de.netzwerkbuero.events.api.EventType;
import de.netzwerkbuero.events.api.EventView;
import de.netzwerkbuero.events.api.Events;
import de.netzwerkbuero.funding.api.ProjectDirectory;
import de.netzwerkbuero.membership.api.MemberDirectory;
import de.netzwerkbuero.membership.api.MemberSummary;
import de.netzwerkbuero.web.ui.UiMessages;
import jakarta.ejb.EJB;
import de.netzwerkbuero.platform.api.Roles;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.PrimeFaces;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.List;

/**
 * The event editor: master data, agenda and lifecycle. Without {@code id} it creates a draft; afterwards it
 * shows the event with its version, so a concurrent change is refused (412) instead of overwritten.
 */
@Named
@ViewScoped
public class EventEditView implements Serializable {

    @EJB
    private Events events;

    @EJB
    private MemberDirectory memberDirectory;

    @EJB
    private ProjectDirectory projectDirectory;

    @Inject
    private UiMessages messages;

    private Long id;
    private EventView event;
    private List<AgendaItemView> agenda = List.of();

    private EventType type = EventType.WORKSHOP;
    private EventFormat format = EventFormat.ON_SITE;
    private String title;
    private String description;
    private LocalDateTime startsAt;
    private LocalDateTime endsAt;
    private String venue;
    private String onlineUrl;
    private MemberSummary hostMember;
    private Integer capacity = 30;
    private Integer perMemberQuota;
    private Audience audience = Audience.MEMBERS;
    private LocalDateTime registrationOpensAt;
    private LocalDateTime registrationClosesAt;
    private Long projectId;

    private String cancelReason;

    private Long agendaItemId;
    private String itemTitle;
    private String itemDescription;
    private String itemLocation;
    private LocalDateTime itemStartsAt;
    private LocalDateTime itemEndsAt;

    /** f:viewAction: loads the event named by {@code id}, if any. */
    public void load() {
        if (id != null) {
            show(events.get(id));
        }
    }

    private void show(EventView e) {
        event = e;
        id = e.id();
        type = e.type();
        format = e.format();
        title = e.title();
        description = e.description();
        startsAt = Berlin.local(e.startsAt());
        endsAt = Berlin.local(e.endsAt());
        venue = e.venue();
        onlineUrl = e.onlineUrl();
        hostMember = e.hostMemberId() == null ? null : memberDirectory.find(e.hostMemberId()).orElse(null);
        capacity = e.capacity();
        perMemberQuota = e.perMemberQuota();
        audience = e.audience();
        registrationOpensAt = Berlin.local(e.registrationOpensAt());
        registrationClosesAt = Berlin.local(e.registrationClosesAt());
        projectId = e.projectId();
        agenda = events.agenda(e.id());
    }

    private EventInput input() {
        return new EventInput(type, format, title, description, Berlin.instant(startsAt), Berlin.instant(endsAt),
                venue, onlineUrl, hostMember == null ? null : hostMember.id(), capacity, perMemberQuota, audience,
                Berlin.instant(registrationOpensAt), Berlin.instant(registrationClosesAt), projectId);
    }

    /** Creates the draft (then opens its own address) or saves the changes. */
    public String save() {
        if (event == null) {
            EventView created = events.create(input());
            messages.global(FacesMessage.SEVERITY_INFO, "events.created", created.title());
            return "/app/events/event?faces-redirect=true&id=" + created.id();
        }
        show(events.update(event.id(), event.version(), input()));
        messages.global(FacesMessage.SEVERITY_INFO, "events.saved", event.title());
        return null;
    }

    public void publish() {
        show(events.publish(event.id()));
        messages.global(FacesMessage.SEVERITY_INFO, "events.published", event.title());
    }

    public void closeRegistration() {
        show(events.closeRegistration(event.id()));
        messages.global(FacesMessage.SEVERITY_INFO, "events.registrationClosed", event.title());
    }

    public void complete() {
        show(events.complete(event.id()));
        messages.global(FacesMessage.SEVERITY_INFO, "events.completed", event.title());
    }

    public void cancel() {
        show(events.cancel(event.id(), cancelReason));
        cancelReason = null;
        messages.global(FacesMessage.SEVERITY_INFO, "events.cancelled", event.title());
        PrimeFaces.current().executeScript("PF('cancelDialog').hide()");
    }

    public void newAgendaItem() {
        agendaItemId = null;
        itemTitle = null;
        itemDescription = null;
        itemLocation = null;
        LocalDateTime last = agenda.isEmpty() ? startsAt : Berlin.local(agenda.get(agenda.size() - 1).endsAt() == null
                ? agenda.get(agenda.size() - 1).startsAt() : agenda.get(agenda.size() - 1).endsAt());
        itemStartsAt = last;
        itemEndsAt = null;
    }

    public void editAgendaItem(AgendaItemView item) {
        agendaItemId = item.id();
        itemTitle = item.title();
        itemDescription = item.description();
        itemLocation = item.location();
        itemStartsAt = Berlin.local(item.startsAt());
        itemEndsAt = Berlin.local(item.endsAt());
    }

    public void saveAgendaItem() {
        AgendaItemInput item = new AgendaItemInput(Berlin.instant(itemStartsAt), Berlin.instant(itemEndsAt), itemTitle,
                itemDescription, itemLocation);
        if (agendaItemId == null) {
            events.addAgendaItem(event.id(), item);
        } else {
            events.updateAgendaItem(event.id(), agendaItemId, item);
        }
        agenda = events.agenda(event.id());
        messages.global(FacesMessage.SEVERITY_INFO, "events.agenda.saved", itemTitle);
        PrimeFaces.current().executeScript("PF('agendaDialog').hide()");
    }

    public void removeAgendaItem(AgendaItemView item) {
        events.removeAgendaItem(event.id(), item.id());
        agenda = events.agenda(event.id());
        messages.global(FacesMessage.SEVERITY_INFO, "events.agenda.removed", item.title());
    }

    /** The funding project's title and reference, when one is named. */
    public String getProjectLabel() {
        if (projectId == null) {
            return null;
        }
        return projectDirectory.find(projectId).map(p -> p.title() + " (" + p.fundingReference() + ")").orElse(null);
    }

    public boolean isEditable() {
        return event == null || event.status() != EventStatus.COMPLETED && event.status() != EventStatus.CANCELLED;
    }

    public boolean isOffice() {
        return FacesContext.getCurrentInstance().getExternalContext().isUserInRole(Roles.OFFICE);
    }

    /** Read-only for auditors and project leads, and once the event is completed or cancelled. */
    public boolean isLocked() {
        return !isOffice() || !isEditable();
    }

    public boolean isCanPublish() {
        return event != null && event.status() == EventStatus.DRAFT;
    }

    public boolean isCanClose() {
        return event != null && event.status() == EventStatus.PUBLISHED;
    }

    public boolean isCanComplete() {
        return event != null && (event.status() == EventStatus.PUBLISHED
                || event.status() == EventStatus.REGISTRATION_CLOSED);
    }

    public boolean isCanCancel() {
        return event != null && event.status() != EventStatus.COMPLETED && event.status() != EventStatus.CANCELLED;
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

    public EventType getType() {
        return type;
    }

    public void setType(EventType type) {
        this.type = type;
    }

    public EventFormat getFormat() {
        return format;
    }

    public void setFormat(EventFormat format) {
        this.format = format;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public LocalDateTime getStartsAt() {
        return startsAt;
    }

    public void setStartsAt(LocalDateTime startsAt) {
        this.startsAt = startsAt;
    }

    public LocalDateTime getEndsAt() {
        return endsAt;
    }

    public void setEndsAt(LocalDateTime endsAt) {
        this.endsAt = endsAt;
    }

    public String getVenue() {
        return venue;
    }

    public void setVenue(String venue) {
        this.venue = venue;
    }

    public String getOnlineUrl() {
        return onlineUrl;
    }

    public void setOnlineUrl(String onlineUrl) {
        this.onlineUrl = onlineUrl;
    }

    public MemberSummary getHostMember() {
        return hostMember;
    }

    public void setHostMember(MemberSummary hostMember) {
        this.hostMember = hostMember;
    }

    public Integer getCapacity() {
        return capacity;
    }

    public void setCapacity(Integer capacity) {
        this.capacity = capacity;
    }

    public Integer getPerMemberQuota() {
        return perMemberQuota;
    }

    public void setPerMemberQuota(Integer perMemberQuota) {
        this.perMemberQuota = perMemberQuota;
    }

    public Audience getAudience() {
        return audience;
    }

    public void setAudience(Audience audience) {
        this.audience = audience;
    }

    public LocalDateTime getRegistrationOpensAt() {
        return registrationOpensAt;
    }

    public void setRegistrationOpensAt(LocalDateTime registrationOpensAt) {
        this.registrationOpensAt = registrationOpensAt;
    }

    public LocalDateTime getRegistrationClosesAt() {
        return registrationClosesAt;
    }

    public void setRegistrationClosesAt(LocalDateTime registrationClosesAt) {
        this.registrationClosesAt = registrationClosesAt;
    }

    public Long getProjectId() {
        return projectId;
    }

    public void setProjectId(Long projectId) {
        this.projectId = projectId;
    }

    public String getCancelReason() {
        return cancelReason;
    }

    public void setCancelReason(String cancelReason) {
        this.cancelReason = cancelReason;
    }

    public String getItemTitle() {
        return itemTitle;
    }

    public void setItemTitle(String itemTitle) {
        this.itemTitle = itemTitle;
    }

    public String getItemDescription() {
        return itemDescription;
    }

    public void setItemDescription(String itemDescription) {
        this.itemDescription = itemDescription;
    }

    public String getItemLocation() {
        return itemLocation;
    }

    public void setItemLocation(String itemLocation) {
        this.itemLocation = itemLocation;
    }

    public LocalDateTime getItemStartsAt() {
        return itemStartsAt;
    }

    public void setItemStartsAt(LocalDateTime itemStartsAt) {
        this.itemStartsAt = itemStartsAt;
    }

    public LocalDateTime getItemEndsAt() {
        return itemEndsAt;
    }

    public void setItemEndsAt(LocalDateTime itemEndsAt) {
        this.itemEndsAt = itemEndsAt;
    }
}
