package de.netzwerkbuero.funding.api;

import java.io.Serializable;
import java.math.BigDecimal;

/** One line of the cost plan: a category (e.g. Personal, Sachkosten) in one year. */
public record CostPlanLineInput(String category, int year, BigDecimal amount) implements Serializable {
}
