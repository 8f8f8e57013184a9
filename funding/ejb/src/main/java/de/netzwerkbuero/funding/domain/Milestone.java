package de.netzwerkbuero.funding.domain;

import de.netzwerkbuero.funding.api.MilestoneStatus;
import de.netzwerkbuero.platform.api.error.RuleViolationException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.LocalDate;

/** A milestone of a project: OPEN → REPORTED → ACCEPTED, or RETURNED → REPORTED again. */
@Entity
@Table(schema = "funding", name = "milestone")
public class Milestone {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "milestone_seq")
    @SequenceGenerator(name = "milestone_seq", sequenceName = "funding.milestone_seq", allocationSize = 50)
    private Long id;

    @Column(name = "project_id", nullable = false)
    private long projectId;

    @Column(nullable = false)
    private String title;

    @Column(name = "due_on", nullable = false)
    private LocalDate dueOn;

    private String deliverable;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private MilestoneStatus status = MilestoneStatus.OPEN;

    @Version
    private long version;

    protected Milestone() {
    }

    public Milestone(long projectId, String title, LocalDate dueOn, String deliverable) {
        this.projectId = projectId;
        plan(title, dueOn, deliverable);
    }

    public final void plan(String title, LocalDate dueOn, String deliverable) {
        this.title = title.trim();
        this.dueOn = dueOn;
        this.deliverable = deliverable == null || deliverable.isBlank() ? null : deliverable.trim();
    }

    public void replan(String title, LocalDate dueOn, String deliverable) {
        if (status != MilestoneStatus.OPEN) {
            throw new RuleViolationException("funding.milestoneNotOpen",
                    "A milestone can only be changed while it is open (it is {0}).", status);
        }
        plan(title, dueOn, deliverable);
    }

    public void reported() {
        if (status != MilestoneStatus.OPEN && status != MilestoneStatus.RETURNED) {
            throw new RuleViolationException("funding.milestoneNotReportable",
                    "A milestone in status {0} cannot be reported.", status);
        }
        status = MilestoneStatus.REPORTED;
    }

    public void accepted() {
        requireReported();
        status = MilestoneStatus.ACCEPTED;
    }

    public void returned() {
        requireReported();
        status = MilestoneStatus.RETURNED;
    }

    private void requireReported() {
        if (status != MilestoneStatus.REPORTED) {
            throw new RuleViolationException("funding.milestoneNotReported",
                    "The milestone is {0}, not reported.", status);
        }
    }

    public Long getId() {
        return id;
    }

    public long getProjectId() {
        return projectId;
    }

    public String getTitle() {
        return title;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public String getDeliverable() {
        return deliverable;
    }

    public MilestoneStatus getStatus() {
        return status;
    }

    public long getVersion() {
        return version;
    }
}
