package de.netzwerkbuero.platform.api.audit;

import java.io.Serializable;

/**
 * The result of checking the hash chain: {@code intact} when every chained entry's hash matches its
 * content and its predecessor; otherwise the first broken entry's id and position and why.
 * {@code entries} counts the chained entries checked, {@code unchained} the tail not yet linked.
 */
public record AuditVerification(boolean intact, long entries, long unchained, Long firstBrokenId,
                                Long firstBrokenPosition, String reason) implements Serializable {
}
