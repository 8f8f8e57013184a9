package de.netzwerkbuero.funding.api;

import de.netzwerkbuero.platform.api.paging.Page;
import de.netzwerkbuero.platform.api.paging.PageRequest;
import jakarta.ejb.Local;

import java.util.List;

/**
 * Deadlines computed by the deadline engine and kept up to date with every change of a project. Sort
 * fields of the list: dueOn (default), kind, projectId.
 */
@Local
public interface Deadlines {

    /** The project's deadlines by due date. */
    List<DeadlineView> forProject(long projectId);

    /** Over every project the caller may see (a lead: their own). */
    Page<DeadlineView> list(DeadlineFilter filter, PageRequest page);
}
