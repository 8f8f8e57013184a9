package de.netzwerkbuero.funding.api;

import java.io.Serializable;

/**
 * Filters of the project list, each optional. {@code overdue = true}: only projects with an overdue
 * deadline; {@code false}: only projects without one. A project lead always sees only their own projects.
 */
public record ProjectFilter(Long programId, ProjectStatus status, String leadUsername, Boolean overdue)
        implements Serializable {

    public static ProjectFilter none() {
        return new ProjectFilter(null, null, null, null);
    }
}
