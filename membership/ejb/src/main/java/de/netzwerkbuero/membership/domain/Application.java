package de.netzwerkbuero.membership.domain;

import de.netzwerkbuero.membership.api.ApplicationView;
import de.netzwerkbuero.platform.api.error.Violations;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A member's application with the founders' pre-selection and the get-to-know meeting. Identified by the
 * member's id: a member has at most one application.
 */
@Entity
@Table(schema = "membership", name = "application")
public class Application {

    private static final int LONG_TEXT = 8000;

    @Id
    @Column(name = "member_id")
    private Long memberId;

    @Column(nullable = false)
    private String motivation;

    private String expectations;

    @Column(name = "vacancy_projects")
    private String vacancyProjects;

    @Column(name = "preselection_on")
    private LocalDate preselectionOn;

    @Column(name = "preselection_outcome", length = 1000)
    private String preselectionOutcome;

    @Column(name = "meeting_on")
    private LocalDate meetingOn;

    @Column(name = "meeting_outcome", length = 1000)
    private String meetingOutcome;

    @Column(name = "contact_id")
    private Long contactId;

    @Column(name = "contact_person", length = 200)
    private String contactPerson;

    private String notes;

    @Version
    private long version;

    protected Application() {
    }

    public Application(long memberId) {
        this.memberId = memberId;
    }

    /**
     * Replaces the content. Outcomes need their date, and neither date may lie in the future once an outcome
     * is recorded: an outcome is what happened, not what is planned.
     */
    public void update(ApplicationView data, LocalDate today) {
        Violations v = new Violations();
        Texts.required(v, data.motivation(), "motivation", LONG_TEXT);
        Texts.maxLength(v, data.expectations(), "expectations", LONG_TEXT);
        Texts.maxLength(v, data.vacancyProjects(), "vacancyProjects", LONG_TEXT);
        Texts.maxLength(v, data.notes(), "notes", LONG_TEXT);
        Texts.maxLength(v, data.preselectionOutcome(), "preselectionOutcome", 1000);
        Texts.maxLength(v, data.meetingOutcome(), "meetingOutcome", 1000);
        Texts.maxLength(v, data.contactPerson(), "contactPerson", 200);
        checkStep(v, data.preselectionOn(), data.preselectionOutcome(), "preselectionOn", today);
        checkStep(v, data.meetingOn(), data.meetingOutcome(), "meetingOn", today);
        if (data.preselectionOn() != null && data.meetingOn() != null) {
            v.require(!data.meetingOn().isBefore(data.preselectionOn()), "meetingOn", "meetingBeforePreselection",
                    "the get-to-know meeting cannot be before the pre-selection");
        }
        v.throwIfAny();
        motivation = data.motivation().trim();
        expectations = Texts.clean(data.expectations());
        vacancyProjects = Texts.clean(data.vacancyProjects());
        preselectionOn = data.preselectionOn();
        preselectionOutcome = Texts.clean(data.preselectionOutcome());
        meetingOn = data.meetingOn();
        meetingOutcome = Texts.clean(data.meetingOutcome());
        contactId = data.contactId();
        contactPerson = Texts.clean(data.contactPerson());
        notes = Texts.clean(data.notes());
    }

    private static void checkStep(Violations v, LocalDate on, String outcome, String dateField, LocalDate today) {
        if (!Texts.blank(outcome)) {
            v.require(on != null, dateField, "required", "the date is required when an outcome is recorded");
            v.require(on == null || !on.isAfter(today), dateField, "notInFuture",
                    "must not be in the future when an outcome is recorded");
        }
    }

    /** What admission still needs: both steps of the review with date and outcome. */
    public List<String> missingForAdmission() {
        List<String> missing = new ArrayList<>();
        if (preselectionOn == null || Texts.blank(preselectionOutcome)) {
            missing.add("the pre-selection (date and outcome)");
        }
        if (meetingOn == null || Texts.blank(meetingOutcome)) {
            missing.add("the get-to-know meeting (date and outcome)");
        }
        return missing;
    }

    /** A contact was erased: the application must no longer name them. */
    public void forgetContact(long erasedContactId) {
        if (contactId != null && contactId == erasedContactId) {
            contactPerson = null;
        }
    }

    public ApplicationView view() {
        return new ApplicationView(motivation, expectations, vacancyProjects, preselectionOn, preselectionOutcome,
                meetingOn, meetingOutcome, contactId, contactPerson, notes);
    }

    public static ApplicationView empty() {
        return new ApplicationView(null, null, null, null, null, null, null, null, null, null);
    }

    public Long getMemberId() {
        return memberId;
    }

    public Long getContactId() {
        return contactId;
    }

    public String getContactPerson() {
        return contactPerson;
    }
}
