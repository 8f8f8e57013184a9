package de.netzwerkbuero.events.boundary;

import de.netzwerkbuero.events.domain.Event;
import de.netzwerkbuero.events.infrastructure.persistence.RegistrationRepository;
import de.netzwerkbuero.events.infrastructure.persistence.RegistrationRepository.Attendance;
import de.netzwerkbuero.funding.api.ProjectDirectory;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Tells the funding project an event belongs to how many people and organisations attended, in the same
 * transaction as the check-in or completion that changed it, so the project never shows a number that
 * was rolled back.
 */
@ApplicationScoped
public class AttendanceReporter {

    @EJB
    private ProjectDirectory projects;

    @Inject
    private RegistrationRepository registrations;

    public void report(Event event) {
        if (event.getProjectId() == null) {
            return;
        }
        registrations.flush();
        Attendance attendance = registrations.attendance(event.getId());
        projects.recordEventAttendance(event.getProjectId(), event.getId(), event.getTitle(), event.startDate(),
                attendance.people(), attendance.organisations());
    }
}
