package de.netzwerkbuero.funding.api;

import java.io.Serializable;
import java.util.List;

/**
 * A funding programme. {@code ruleSet} is the current rule set of its legal basis;
 * {@code holdsDisbursementUntilInterimProofAccepted}: no disbursement while the last due interim proof is
 * not accepted.
 */
public record ProgramView(long id, String name, String funder, LegalBasis legalBasis, int durationMonths,
                          List<String> stages, boolean holdsDisbursementUntilInterimProofAccepted,
                          RuleSetView ruleSet, long version) implements Serializable {

    public ProgramView {
        stages = List.copyOf(stages);
    }
}
