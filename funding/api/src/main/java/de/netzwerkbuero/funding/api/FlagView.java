package de.netzwerkbuero.funding.api;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A financial flag. {@code subject} names what it is about (a category, a disbursement id, an expenditure
 * id); {@code amount} is the amount concerned (the excess, the unspent sum); {@code interestEstimate} is
 * set for funds not spent in time; {@code dueOn} is the date that was missed, where there is one.
 */
public record FlagView(FlagKind kind, String subject, BigDecimal amount, BigDecimal interestEstimate, LocalDate dueOn,
                       String message) implements Serializable {
}
