package de.netzwerkbuero.funding.api;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * Everything a project page shows beyond {@link ProjectView}: names, the effective rules with the project's
 * overrides, when the purpose was fulfilled, and the attended events that belong to the project.
 */
public record ProjectDetails(ProjectView project, String programName, String granteeName,
                             LocalDate purposeFulfilledOn, RuleSetView effectiveRules, RuleOverrides overrides,
                             List<EventAttendanceView> events) implements Serializable {

    public ProjectDetails {
        events = List.copyOf(events);
    }
}
