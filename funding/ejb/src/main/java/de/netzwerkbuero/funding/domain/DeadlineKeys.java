package de.netzwerkbuero.funding.domain;

import de.netzwerkbuero.funding.api.DeadlineKind;
import de.netzwerkbuero.funding.api.ReportKind;

/**
 * A deadline's identity within its project, stable across recomputations: reminders and reports are tied
 * to it. {@code INTERIM_PROOF:2023}, {@code FINAL_PROOF}, {@code MILESTONE:17}, {@code SPEND_DISBURSEMENT:42}.
 */
public final class DeadlineKeys {

    private DeadlineKeys() {
    }

    public static String interimProof(int fiscalYear) {
        return DeadlineKind.INTERIM_PROOF + ":" + fiscalYear;
    }

    public static String finalProof() {
        return DeadlineKind.FINAL_PROOF.name();
    }

    public static String milestone(long milestoneId) {
        return DeadlineKind.MILESTONE + ":" + milestoneId;
    }

    public static String spendDisbursement(long disbursementId) {
        return DeadlineKind.SPEND_DISBURSEMENT + ":" + disbursementId;
    }

    public static String receiptRetention() {
        return DeadlineKind.RECEIPT_RETENTION.name();
    }

    /** The deadline a report fulfils. */
    public static String forReport(ReportKind kind, Long milestoneId, Integer fiscalYear) {
        return switch (kind) {
            case MILESTONE_REPORT -> milestone(milestoneId);
            case INTERIM_PROOF -> interimProof(fiscalYear);
            case FINAL_PROOF -> finalProof();
        };
    }
}
