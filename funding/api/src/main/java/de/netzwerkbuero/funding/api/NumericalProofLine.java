package de.netzwerkbuero.funding.api;

import java.io.Serializable;
import java.math.BigDecimal;

/**
 * One category of the numerical proof: planned against spent, over all years. {@code deviationPercent} is
 * {@code null} where nothing was planned.
 */
public record NumericalProofLine(String category, BigDecimal planned, BigDecimal spent, BigDecimal deviation,
                                 BigDecimal deviationPercent) implements Serializable {
}
