package de.netzwerkbuero.funding.boundary;

import de.netzwerkbuero.funding.api.ProjectDirectory;
import de.netzwerkbuero.funding.api.ProjectSummary;
import de.netzwerkbuero.funding.domain.EventAttendance;
import de.netzwerkbuero.funding.infrastructure.ProjectRepository;
import de.netzwerkbuero.platform.api.audit.AuditRecord;
import de.netzwerkbuero.platform.api.audit.AuditTrail;
import de.netzwerkbuero.platform.api.clock.BusinessClock;
import de.netzwerkbuero.platform.api.error.NotFoundException;
import de.netzwerkbuero.platform.api.error.Violations;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Funding's face towards the events module: open to every caller and to the events module's timers, like
 * membership's directory; it reveals a project's summary only.
 */
@Stateless
@PermitAll
public class ProjectDirectoryBean implements ProjectDirectory {

    @Inject
    private ProjectRepository projects;
    @EJB
    private AuditTrail audit;
    @EJB
    private BusinessClock clock;

    @Override
    public Optional<ProjectSummary> find(long projectId) {
        return projects.find(projectId).map(Views::summary);
    }

    @Override
    public void recordEventAttendance(long projectId, long eventId, String eventTitle, LocalDate date, int attendees,
                                      int organisations) {
        projects.find(projectId).orElseThrow(() -> new NotFoundException(ProjectAccess.PROJECT, projectId));
        Violations v = new Violations();
        Checks.text(v, eventTitle, "eventTitle", 300);
        v.require(date != null, "date", "required", "must not be empty");
        v.require(attendees >= 0, "attendees", "negative", "must not be negative");
        v.require(organisations >= 0, "organisations", "negative", "must not be negative");
        v.throwIfAny();
        EventAttendance a = projects.event(projectId, eventId).orElseGet(() -> {
            EventAttendance created = new EventAttendance(projectId, eventId);
            projects.add(created);
            return created;
        });
        AuditRecord record = AuditRecord.of("EVENT_ATTENDANCE_RECORDED", ProjectAccess.PROJECT, projectId)
                .set("eventId", eventId).change("eventTitle", a.getEventTitle(), eventTitle.trim())
                .change("date", a.getDate(), date)
                .change("attendees", a.getEventTitle() == null ? null : a.getAttendees(), attendees)
                .change("organisations", a.getEventTitle() == null ? null : a.getOrganisations(), organisations);
        a.record(eventTitle.trim(), date, attendees, organisations, clock.nowInOffice());
        audit.record(record);
    }
}
