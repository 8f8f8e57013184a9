package de.netzwerkbuero.funding.api;

/** Financial findings the system computes from the cost plan, disbursements and expenditures. */
public enum FlagKind {
    /** A cost-plan category is exceeded by more than the tolerance (default 20 %). */
    COST_LINE_EXCEEDED,
    /** Overruns within the tolerance that savings in other categories do not cover. */
    COST_OVERRUN_NOT_COMPENSATED,
    /** Disbursed funds not spent within the spend window; carries the interest estimate. */
    FUNDS_NOT_SPENT_IN_TIME,
    /** An expenditure dated outside the grant period. */
    EXPENDITURE_OUTSIDE_PERIOD
}
