package de.netzwerkbuero.funding.api;

import jakarta.ejb.Local;

import java.util.List;

/**
 * Auditors review submitted reports: start the review, record findings with severity, then accept or
 * return. RETURN needs at least one finding on the version; a RETURNED report can only be accepted after
 * it was resubmitted as a new version. Nobody reviews a project they lead.
 */
@Local
public interface Reviews {

    /** Submitted reports not yet decided (SUBMITTED or IN_REVIEW), the longest waiting first; at most {@code limit}. */
    List<ReportView> awaitingReview(int limit);

    /** SUBMITTED → IN_REVIEW. */
    ReportView startReview(long reportId, long expectedVersion);

    /** Adds a finding to the version under review (the report must be SUBMITTED or IN_REVIEW). */
    FindingView addFinding(long reportId, FindingInput finding);

    /** Every finding on every version of the report, oldest first; readable by whoever sees the project. */
    List<FindingView> findings(long reportId);

    /**
     * Records the given findings (may be empty) and decides: SUBMITTED or IN_REVIEW → ACCEPTED or RETURNED.
     * This is what {@code POST /reports/{id}/review {decision, findings}} calls.
     */
    ReportView decide(long reportId, long expectedVersion, ReviewDecision decision, List<FindingInput> findings);
}
