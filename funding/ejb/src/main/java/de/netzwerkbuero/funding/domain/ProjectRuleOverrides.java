package de.netzwerkbuero.funding.domain;

import de.netzwerkbuero.funding.api.RuleOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.math.BigDecimal;

/** A project's departures from its rule set, stored with the project; {@code null} columns keep the rule. */
@Embeddable
public class ProjectRuleOverrides {

    @Column(name = "ovr_interim_months")
    private Integer interimMonths;

    @Column(name = "ovr_final_months")
    private Integer finalMonths;

    @Column(name = "ovr_final_from_purpose")
    private Boolean finalFromPurpose;

    @Column(name = "ovr_spend_window")
    private String spendWindow;

    @Column(name = "ovr_cost_tolerance")
    private BigDecimal costTolerancePercent;

    @Column(name = "ovr_retention_years")
    private Integer retentionYears;

    @Column(name = "ovr_interest_points")
    private BigDecimal interestPoints;

    @Column(name = "ovr_basis")
    private String basis;

    protected ProjectRuleOverrides() {
    }

    public static ProjectRuleOverrides of(RuleOverrides o) {
        ProjectRuleOverrides s = new ProjectRuleOverrides();
        s.interimMonths = o.interimProofMonthsAfterYearEnd();
        s.finalMonths = o.finalProofMonthsAfterEnd();
        s.finalFromPurpose = o.finalProofAfterPurposeFulfilled();
        s.spendWindow = o.spendWindow();
        s.costTolerancePercent = o.costLineTolerancePercent();
        s.retentionYears = o.receiptRetentionYears();
        s.interestPoints = o.interestPointsAboveBaseRate();
        s.basis = o.basis();
        return s;
    }

    public RuleOverrides view() {
        return new RuleOverrides(interimMonths, finalMonths, finalFromPurpose, spendWindow, costTolerancePercent,
                retentionYears, interestPoints, basis);
    }
}
