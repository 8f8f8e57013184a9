package de.netzwerkbuero.events.boundary;

import de.netzwerkbuero.events.domain.Event;
import de.netzwerkbuero.events.domain.EventScope;
import de.netzwerkbuero.events.infrastructure.persistence.EventRepository;
import de.netzwerkbuero.funding.api.ProjectDirectory;
import de.netzwerkbuero.funding.api.ProjectSummary;
import de.netzwerkbuero.platform.api.Roles;
import de.netzwerkbuero.platform.api.account.Directory;
import de.netzwerkbuero.platform.api.error.NotFoundException;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which events the caller may read: the office all, auditors those of a funding project, project leads those
 * of the projects they lead. An event the caller may not read is reported as not found.
 */
@ApplicationScoped
public class EventAccess {

    static final String EVENT = "Event";

    @EJB
    private Directory directory;

    @EJB
    private ProjectDirectory projects;

    @Inject
    private EventRepository events;

    public EventScope readScope() {
        if (directory.currentUserHasRole(Roles.OFFICE)) {
            return EventScope.everything();
        }
        if (directory.currentUserHasRole(Roles.AUDITOR)) {
            return EventScope.fundedEvents();
        }
        if (directory.currentUserHasRole(Roles.PROJECT_LEAD)) {
            return EventScope.projects(ledProjectsWithEvents());
        }
        return EventScope.projects(Set.of());
    }

    /** The event if the caller may read it. */
    public Event readable(long eventId) {
        Event event = existing(eventId);
        if (!mayRead(event)) {
            throw new NotFoundException(EVENT, eventId);
        }
        return event;
    }

    public Event existing(long eventId) {
        return events.find(eventId).orElseThrow(() -> new NotFoundException(EVENT, eventId));
    }

    /** The event if the public has ever seen it: a draft is not found. */
    public Event published(long eventId) {
        Event event = existing(eventId);
        if (!event.wasPublished()) {
            throw new NotFoundException(EVENT, eventId);
        }
        return event;
    }

    public boolean isOffice() {
        return directory.currentUserHasRole(Roles.OFFICE);
    }

    private boolean mayRead(Event event) {
        if (directory.currentUserHasRole(Roles.OFFICE)) {
            return true;
        }
        if (event.getProjectId() == null) {
            return false;
        }
        return directory.currentUserHasRole(Roles.AUDITOR)
                || directory.currentUserHasRole(Roles.PROJECT_LEAD) && leads(event.getProjectId());
    }

    private boolean leads(long projectId) {
        String user = directory.currentUser();
        return projects.find(projectId).map(ProjectSummary::leadUsername).filter(user::equals).isPresent();
    }

    // Funding's contract offers no "projects of a lead", so the projects that have events are asked one by one.
    private Set<Long> ledProjectsWithEvents() {
        return events.projectIdsWithEvents().stream().filter(this::leads).collect(Collectors.toSet());
    }
}
