package de.netzwerkbuero.funding.api;

import java.io.Serializable;
import java.math.BigDecimal;

/** A stored line of the cost plan. */
public record CostPlanLineView(long id, long projectId, String category, int year, BigDecimal amount)
        implements Serializable {
}
