package de.netzwerkbuero.funding.api;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/** A recorded expenditure. */
public record ExpenditureView(long id, long projectId, LocalDate spentOn, String category, BigDecimal amount,
                              String receiptReference, String description, String recordedBy,
                              OffsetDateTime recordedAt, long version) implements Serializable {
}
