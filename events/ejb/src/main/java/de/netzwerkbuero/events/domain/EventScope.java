package de.netzwerkbuero.events.domain;

import java.util.Set;

/**
 * Which events a caller may read: all (office), those of any funding project (auditor), or those of the
 * given projects (a project lead's own).
 */
public record EventScope(boolean all, boolean anyProject, Set<Long> projectIds) {

    public EventScope {
        projectIds = Set.copyOf(projectIds);
    }

    public static EventScope everything() {
        return new EventScope(true, false, Set.of());
    }

    public static EventScope fundedEvents() {
        return new EventScope(false, true, Set.of());
    }

    public static EventScope projects(Set<Long> projectIds) {
        return new EventScope(false, false, projectIds);
    }

    public boolean includes(Event event) {
        return all || event.getProjectId() != null && (anyProject || projectIds.contains(event.getProjectId()));
    }

    public boolean none() {
        return !all && !anyProject && projectIds.isEmpty();
    }

    public EventScope union(EventScope other) {
        if (all || other.all) {
            return everything();
        }
        if (anyProject || other.anyProject) {
            return fundedEvents();
        }
        java.util.Set<Long> both = new java.util.HashSet<>(projectIds);
        both.addAll(other.projectIds);
        return projects(both);
    }
}
