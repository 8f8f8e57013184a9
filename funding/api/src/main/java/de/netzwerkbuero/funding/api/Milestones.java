package de.netzwerkbuero.funding.api;

import jakarta.ejb.Local;

import java.util.List;

/** A project's milestones: read by whoever may see the project, planned by the office. */
@Local
public interface Milestones {

    /** By due date. */
    List<MilestoneView> list(long projectId);

    MilestoneView get(long id);

    MilestoneView create(long projectId, MilestoneInput input);

    /** Only while the milestone is OPEN. */
    MilestoneView update(long id, long expectedVersion, MilestoneInput input);
}
