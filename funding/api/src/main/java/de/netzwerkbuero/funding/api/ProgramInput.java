package de.netzwerkbuero.funding.api;

import java.io.Serializable;
import java.util.List;

/** What the office enters for a programme. {@code durationMonths} defaults to 24 when {@code null}. */
public record ProgramInput(String name, String funder, LegalBasis legalBasis, Integer durationMonths,
                           List<String> stages, boolean holdsDisbursementUntilInterimProofAccepted)
        implements Serializable {

    public ProgramInput {
        stages = stages == null ? List.of() : List.copyOf(stages);
    }
}
