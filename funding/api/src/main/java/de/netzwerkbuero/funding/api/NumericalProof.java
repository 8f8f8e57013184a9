package de.netzwerkbuero.funding.api;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;

/**
 * The numerical proof (zahlenmäßiger Nachweis) as computed now: the cost plan against expenditures per
 * category, what was approved and disbursed, and what of the disbursed funds the funded share of the
 * expenditures does not cover yet.
 */
public record NumericalProof(long projectId, List<NumericalProofLine> lines, BigDecimal totalPlanned,
                             BigDecimal totalSpent, BigDecimal approvedAmount, BigDecimal ownShare,
                             BigDecimal totalDisbursed, BigDecimal disbursedNotYetSpent, List<FlagView> flags)
        implements Serializable {

    public NumericalProof {
        lines = List.copyOf(lines);
        flags = List.copyOf(flags);
    }
}
