package de.netzwerkbuero.web.ui.membership;

import de.netzwerkbuero.membership.api.AdmissionRoundStatus;
import de.netzwerkbuero.membership.api.AdmissionRoundView;
import de.netzwerkbuero.membership.api.AdmissionRounds;
import de.netzwerkbuero.membership.api.ApplicationView;
import de.netzwerkbuero.membership.api.ContactData;
import de.netzwerkbuero.membership.api.ContactView;
import de.netzwerkbuero.membership.api.Contacts;
import de.netzwerkbuero.membership.api.HistoryEntry;
import de.netzwerkbuero.membership.api.MemberData;
import de.netzwerkbuero.membership.api.MemberKind;
import de.netzwerkbuero.membership.api.MemberView;
import de.netzwerkbuero.membership.api.Members;
import de.netzwerkbuero.membership.api.PersonalData;
import de.netzwerkbuero.membership.api.ProfileData;
import de.netzwerkbuero.membership.api.ProfileView;
import de.netzwerkbuero.membership.api.Profiles;
import de.netzwerkbuero.platform.api.clock.BusinessClock;
import de.netzwerkbuero.platform.api.privacy.ErasureReport;
import de.netzwerkbuero.web.ui.UiMessages;
import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.PrimeFaces;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * One member with its tabs: master data (optimistic version), contacts (with DSGVO export and erasure),
 * application with pre-selection and meeting, history, public profile; and the workflow: a button per action
 * the workflow allows now, each with its dialog.
 */
@Named
@ViewScoped
public class MemberDetailView implements Serializable {

    /** Actions whose dialog asks for a reason that must be given. */
    static final Set<String> REASON_REQUIRED = Set.of("reject", "suspend", "resign");

    @EJB
    private Members members;
    @EJB
    private Contacts contacts;
    @EJB
    private Profiles profiles;
    @EJB
    private PersonalData personalData;
    @EJB
    private AdmissionRounds rounds;
    @EJB
    private BusinessClock clock;

    @Inject
    private UiMessages messages;

    private Long id;
    private MemberView member;
    private List<String> allowedActions = List.of();
    private List<ContactView> contactList = List.of();
    private List<HistoryEntry> history = List.of();

    // master data form
    private MemberKind kind;
    private String name;
    private String ags;
    private String website;
    private String email;

    // workflow dialog
    private String action;
    private String reason;
    private Long admissionRoundId;
    private List<AdmissionRoundView> openRounds = List.of();

    // contact dialog
    private ContactView editedContact;
    private String firstName;
    private String lastName;
    private String function;
    private String contactEmail;
    private String phone;
    private boolean primary;
    private boolean consent;

    // application tab
    private String motivation;
    private String expectations;
    private String vacancyProjects;
    private LocalDate preselectionOn;
    private String preselectionOutcome;
    private LocalDate meetingOn;
    private String meetingOutcome;
    private Long contactId;
    private String contactPerson;
    private String notes;

    // profile tab
    private ProfileView profile;
    private String profileText;
    private String creativePlaces;
    private String links;
    private String imageUrl;

    /** The view action: loads everything of the member named by the view parameter. */
    public void load() {
        if (id == null) {
            throw new de.netzwerkbuero.platform.api.error.NotFoundException("Member", "?");
        }
        reloadMember();
        contactList = contacts.list(id);
        history = members.history(id);
        fillApplication(members.application(id));
        fillProfile(profiles.get(id));
    }

    private void reloadMember() {
        member = members.get(id);
        allowedActions = members.allowedActions(id);
        kind = member.kind();
        name = member.name();
        ags = member.ags();
        website = member.website();
        email = member.email();
    }

    public void saveData() {
        member = members.update(id, member.version(), new MemberData(kind, name, kind == MemberKind.PARTNER ? null : ags,
                website, email));
        reloadMember();
        messages.global(FacesMessage.SEVERITY_INFO, "member.saved", member.name());
    }

    // --- workflow ---

    public void prepareAction(String chosen) {
        action = chosen;
        reason = null;
        admissionRoundId = null;
        if ("admit".equals(chosen)) {
            LocalDate today = clock.today();
            openRounds = rounds.list().stream()
                    .filter(r -> r.status() == AdmissionRoundStatus.OPEN && r.date().isAfter(today) && r.freePlaces() > 0)
                    .toList();
            if (openRounds.size() == 1) {
                admissionRoundId = openRounds.get(0).id();
            }
        }
    }

    public void runAction() {
        members.transition(id, action, reason, "admit".equals(action) ? admissionRoundId : null);
        reloadMember();
        history = members.history(id);
        messages.global(FacesMessage.SEVERITY_INFO, "member.actionDone", member.name(),
                Labels.of("status." + member.status().name()));
        PrimeFaces.current().executeScript("PF('actionDialog').hide()");
    }

    public boolean isReasonRequired() {
        return REASON_REQUIRED.contains(action);
    }

    public boolean isAdmit() {
        return "admit".equals(action);
    }

    // --- contacts ---

    public void newContact() {
        editedContact = null;
        firstName = null;
        lastName = null;
        function = null;
        contactEmail = null;
        phone = null;
        primary = contactList.stream().noneMatch(c -> c.primary() && !c.erased());
        consent = false;
    }

    public void editContact(ContactView contact) {
        editedContact = contact;
        firstName = contact.firstName();
        lastName = contact.lastName();
        function = contact.function();
        contactEmail = contact.email();
        phone = contact.phone();
        primary = contact.primary();
        consent = contact.consent();
    }

    public void saveContact() {
        ContactData data = new ContactData(firstName, lastName, function, contactEmail, phone, primary, consent);
        ContactView saved = editedContact == null ? contacts.add(id, data)
                : contacts.update(editedContact.id(), editedContact.version(), data);
        contactList = contacts.list(id);
        messages.global(FacesMessage.SEVERITY_INFO, "contact.saved", fullName(saved));
        PrimeFaces.current().executeScript("PF('contactDialog').hide()");
    }

    public void makePrimary(ContactView c) {
        contacts.update(c.id(), c.version(), new ContactData(c.firstName(), c.lastName(), c.function(), c.email(),
                c.phone(), true, c.consent()));
        contactList = contacts.list(id);
        messages.global(FacesMessage.SEVERITY_INFO, "contact.madePrimary", fullName(c));
    }

    public StreamedContent exportContact(ContactView c) {
        byte[] json = personalData.exportContact(c.id()).getBytes(StandardCharsets.UTF_8);
        return DefaultStreamedContent.builder()
                .name("contact-" + c.id() + ".json")
                .contentType("application/json")
                .contentLength((long) json.length)
                .stream(() -> new ByteArrayInputStream(json))
                .build();
    }

    public void eraseContact(ContactView c) {
        ErasureReport report = personalData.eraseContact(c.id());
        contactList = contacts.list(id);
        fillApplication(members.application(id));
        if (report.complete()) {
            messages.global(FacesMessage.SEVERITY_INFO, "contact.erased");
        } else {
            messages.global(FacesMessage.SEVERITY_ERROR, "privacy.erasureIncomplete",
                    String.join(", ", report.failedModules()), report.erasureId());
        }
    }

    private static String fullName(ContactView c) {
        return c.firstName() == null ? String.valueOf(c.lastName()) : c.firstName() + " " + c.lastName();
    }

    // --- application ---

    private void fillApplication(ApplicationView a) {
        motivation = a.motivation();
        expectations = a.expectations();
        vacancyProjects = a.vacancyProjects();
        preselectionOn = a.preselectionOn();
        preselectionOutcome = a.preselectionOutcome();
        meetingOn = a.meetingOn();
        meetingOutcome = a.meetingOutcome();
        contactId = a.contactId();
        contactPerson = a.contactPerson();
        notes = a.notes();
    }

    public void saveApplication() {
        String person = contactPerson;
        if (contactId != null && (person == null || person.isBlank())) {
            person = contactList.stream().filter(c -> c.id() == contactId).findFirst()
                    .map(MemberDetailView::fullName).orElse(null);
        }
        fillApplication(members.saveApplication(id, new ApplicationView(motivation, expectations, vacancyProjects,
                preselectionOn, preselectionOutcome, meetingOn, meetingOutcome, contactId, person, notes)));
        messages.global(FacesMessage.SEVERITY_INFO, "application.saved");
    }

    public boolean isApplicationEditable() {
        return member != null && Set.of("PROSPECT", "APPLIED", "IN_REVIEW").contains(member.status().name());
    }

    public List<ContactView> getActiveContacts() {
        return contactList.stream().filter(c -> !c.erased()).toList();
    }

    // --- profile ---

    private void fillProfile(ProfileView p) {
        profile = p;
        profileText = p.text();
        creativePlaces = String.join("\n", p.creativePlaces());
        links = String.join("\n", p.links());
        imageUrl = p.imageUrl();
    }

    public void saveProfile() {
        fillProfile(profiles.save(id, profile.version(), new ProfileData(profileText, lines(creativePlaces), lines(links),
                imageUrl)));
        messages.global(FacesMessage.SEVERITY_INFO, "profile.saved");
    }

    public void publish() {
        fillProfile(profiles.publish(id));
        messages.global(FacesMessage.SEVERITY_INFO, "profile.publishedMessage");
    }

    public void unpublish() {
        fillProfile(profiles.unpublish(id));
        messages.global(FacesMessage.SEVERITY_INFO, "profile.unpublishedMessage");
    }

    public boolean isPublishable() {
        return member != null && "ACTIVE".equals(member.status().name());
    }

    private static List<String> lines(String text) {
        return text == null ? List.of() : Arrays.stream(text.split("\\R")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    // --- accessors ---

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public MemberView getMember() {
        return member;
    }

    public List<String> getAllowedActions() {
        return allowedActions;
    }

    public List<ContactView> getContacts() {
        return contactList;
    }

    public List<HistoryEntry> getHistory() {
        return history;
    }

    public List<MemberKind> getKinds() {
        return List.of(MemberKind.values());
    }

    public MemberKind getKind() {
        return kind;
    }

    public void setKind(MemberKind kind) {
        this.kind = kind;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getAgs() {
        return ags;
    }

    public void setAgs(String ags) {
        this.ags = ags;
    }

    public String getWebsite() {
        return website;
    }

    public void setWebsite(String website) {
        this.website = website;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getAction() {
        return action;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public Long getAdmissionRoundId() {
        return admissionRoundId;
    }

    public void setAdmissionRoundId(Long admissionRoundId) {
        this.admissionRoundId = admissionRoundId;
    }

    public List<AdmissionRoundView> getOpenRounds() {
        return openRounds;
    }

    public ContactView getEditedContact() {
        return editedContact;
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

    public String getFunction() {
        return function;
    }

    public void setFunction(String function) {
        this.function = function;
    }

    public String getContactEmail() {
        return contactEmail;
    }

    public void setContactEmail(String contactEmail) {
        this.contactEmail = contactEmail;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public boolean isPrimary() {
        return primary;
    }

    public void setPrimary(boolean primary) {
        this.primary = primary;
    }

    public boolean isConsent() {
        return consent;
    }

    public void setConsent(boolean consent) {
        this.consent = consent;
    }

    public String getMotivation() {
        return motivation;
    }

    public void setMotivation(String motivation) {
        this.motivation = motivation;
    }

    public String getExpectations() {
        return expectations;
    }

    public void setExpectations(String expectations) {
        this.expectations = expectations;
    }

    public String getVacancyProjects() {
        return vacancyProjects;
    }

    public void setVacancyProjects(String vacancyProjects) {
        this.vacancyProjects = vacancyProjects;
    }

    public LocalDate getPreselectionOn() {
        return preselectionOn;
    }

    public void setPreselectionOn(LocalDate preselectionOn) {
        this.preselectionOn = preselectionOn;
    }

    public String getPreselectionOutcome() {
        return preselectionOutcome;
    }

    public void setPreselectionOutcome(String preselectionOutcome) {
        this.preselectionOutcome = preselectionOutcome;
    }

    public LocalDate getMeetingOn() {
        return meetingOn;
    }

    public void setMeetingOn(LocalDate meetingOn) {
        this.meetingOn = meetingOn;
    }

    public String getMeetingOutcome() {
        return meetingOutcome;
    }

    public void setMeetingOutcome(String meetingOutcome) {
        this.meetingOutcome = meetingOutcome;
    }

    public Long getContactId() {
        return contactId;
    }

    public void setContactId(Long contactId) {
        this.contactId = contactId;
    }

    public String getContactPerson() {
        return contactPerson;
    }

    public void setContactPerson(String contactPerson) {
        this.contactPerson = contactPerson;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }

    public ProfileView getProfile() {
        return profile;
    }

    public String getProfileText() {
        return profileText;
    }

    public void setProfileText(String profileText) {
        this.profileText = profileText;
    }

    public String getCreativePlaces() {
        return creativePlaces;
    }

    public void setCreativePlaces(String creativePlaces) {
        this.creativePlaces = creativePlaces;
    }

    public String getLinks() {
        return links;
    }

    public void setLinks(String links) {
        this.links = links;
    }

    public String getImageUrl() {
        return imageUrl;
    }

    public void setImageUrl(String imageUrl) {
        this.imageUrl = imageUrl;
    }

    public LocalDate getToday() {
        return clock.today();
    }
}
