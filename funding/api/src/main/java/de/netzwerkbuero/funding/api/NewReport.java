package de.netzwerkbuero.funding.api;

import java.io.Serializable;

/**
 * Starts a report draft: a MILESTONE_REPORT names its milestone, an INTERIM_PROOF its fiscal year, a
 * FINAL_PROOF neither. One report per milestone, per interim year and one final proof per project.
 */
public record NewReport(ReportKind kind, Long milestoneId, Integer fiscalYear, String text) implements Serializable {
}
