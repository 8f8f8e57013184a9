package de.netzwerkbuero.platform.api.audit;

import java.io.Serializable;

/**
 * The result of checking the hash chain: {@code intact} when every chained entry's hash matches its
 * content and its predecessor, and the chain still reaches the last checkpoint kept outside the database;
 * otherwise the first broken entry's id and position (where one can be named) and why.
 * {@code entries} counts the chained entries checked, {@code unchained} the tail not yet linked.
 * {@code truncated} says that entries at the end of the chain are missing; {@code checkpoint} is the
 * comparison with the last checkpoint ({@link CheckpointStatus#NONE} when there is none yet).
 */
public record AuditVerification(boolean intact, long entries, long unchained, Long firstBrokenId,
                                Long firstBrokenPosition, String reason, boolean truncated,
                                CheckpointCheck checkpoint) implements Serializable {
}
