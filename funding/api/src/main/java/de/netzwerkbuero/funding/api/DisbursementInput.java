package de.netzwerkbuero.funding.api;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/** A call of funds (Mittelabruf) with the date it was paid out. */
public record DisbursementInput(BigDecimal amount, LocalDate payoutOn, String reference) implements Serializable {
}
