package de.netzwerkbuero.funding.api;

import jakarta.ejb.Local;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Funding's contract towards the events module: look up a project an event belongs to, and record the
 * attendance of such an event so that it is visible on the project and usable in its reports.
 */
@Local
public interface ProjectDirectory {

    Optional<ProjectSummary> find(long projectId);

    /**
     * Records (or replaces) the attendance of one event that belongs to the project: the event's id, title
     * and date, and how many people and which member organisations attended.
     */
    void recordEventAttendance(long projectId, long eventId, String eventTitle, LocalDate date, int attendees,
                               int organisations);
}
