package de.netzwerkbuero.funding.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What the deadline engine needs to know of a project. {@code periodEnd} already includes approved
 * extensions; {@code finalProofSubmittedOn} is the day the latest final-proof version was submitted.
 */
public record ProjectFacts(GrantPeriod period, LocalDate purposeFulfilledOn, List<MilestoneFact> milestones,
                           List<DisbursementFact> disbursements, LocalDate finalProofSubmittedOn) {

    public ProjectFacts {
        milestones = List.copyOf(milestones);
        disbursements = List.copyOf(disbursements);
    }

    public static ProjectFacts of(GrantPeriod period) {
        return new ProjectFacts(period, null, List.of(), List.of(), null);
    }

    public ProjectFacts purposeFulfilledOn(LocalDate day) {
        return new ProjectFacts(period, day, milestones, disbursements, finalProofSubmittedOn);
    }

    public ProjectFacts finalProofSubmittedOn(LocalDate day) {
        return new ProjectFacts(period, purposeFulfilledOn, milestones, disbursements, day);
    }

    public record MilestoneFact(long id, String title, LocalDate dueOn) {
    }

    public record DisbursementFact(long id, LocalDate payoutOn, BigDecimal amount) {
    }
}
