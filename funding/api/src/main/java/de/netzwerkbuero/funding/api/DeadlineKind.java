package de.netzwerkbuero.funding.api;

/**
 * What falls due. RECEIPT_RETENTION is a keep-until date, not an obligation: it is never overdue and
 * nobody is reminded of it.
 */
public enum DeadlineKind {
    MILESTONE, INTERIM_PROOF, FINAL_PROOF, SPEND_DISBURSEMENT, RECEIPT_RETENTION;

    public boolean obligation() {
        return this != RECEIPT_RETENTION;
    }
}
