package de.netzwerkbuero.funding.api;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/** An expenditure with its receipt reference; the category must be one of the cost plan's, if there is one. */
public record ExpenditureInput(LocalDate spentOn, String category, BigDecimal amount, String receiptReference,
                               String description) implements Serializable {
}
