package de.netzwerkbuero.funding.domain;

import de.netzwerkbuero.funding.api.LegalBasis;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Period;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** One published, never changed version of the deadline rules for a legal basis. */
@Entity
@Table(schema = "funding", name = "rule_set")
public class RuleSet {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "rule_set_seq")
    @SequenceGenerator(name = "rule_set_seq", sequenceName = "funding.rule_set_seq", allocationSize = 50)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "legal_basis", nullable = false)
    private LegalBasis legalBasis;

    @Column(name = "rule_version", nullable = false)
    private int ruleVersion;

    @Column(name = "interim_months", nullable = false)
    private int interimMonths;

    @Column(name = "final_months", nullable = false)
    private int finalMonths;

    @Column(name = "final_from_purpose", nullable = false)
    private boolean finalFromPurpose;

    @Column(name = "spend_window", nullable = false)
    private String spendWindow;

    @Column(name = "cost_tolerance_percent", nullable = false)
    private BigDecimal costTolerancePercent;

    @Column(name = "retention_years", nullable = false)
    private int retentionYears;

    @Column(name = "reminder_days", nullable = false)
    private String reminderDays;

    @Column(name = "interest_points", nullable = false)
    private BigDecimal interestPoints;

    @Column(name = "valid_from", nullable = false)
    private LocalDate validFrom;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    protected RuleSet() {
    }

    public RuleSet(Rules rules, LocalDate validFrom, OffsetDateTime createdAt) {
        this.legalBasis = rules.legalBasis();
        this.ruleVersion = rules.version();
        this.interimMonths = rules.interimProofMonthsAfterYearEnd();
        this.finalMonths = rules.finalProofMonthsAfterEnd();
        this.finalFromPurpose = rules.finalProofAfterPurposeFulfilled();
        this.spendWindow = rules.spendWindow().toString();
        this.costTolerancePercent = rules.costLineTolerancePercent();
        this.retentionYears = rules.receiptRetentionYears();
        this.reminderDays = rules.reminderDaysBefore().stream().map(String::valueOf).collect(Collectors.joining(","));
        this.interestPoints = rules.interestPointsAboveBaseRate();
        this.validFrom = validFrom;
        this.createdAt = createdAt;
    }

    public Rules rules() {
        List<Integer> days = reminderDays.isBlank() ? List.of()
                : Arrays.stream(reminderDays.split(",")).map(String::trim).map(Integer::valueOf).toList();
        return new Rules(legalBasis, ruleVersion, interimMonths, finalMonths, finalFromPurpose, Period.parse(spendWindow),
                costTolerancePercent, retentionYears, days, interestPoints);
    }

    public Long getId() {
        return id;
    }

    public LegalBasis getLegalBasis() {
        return legalBasis;
    }

    public int getRuleVersion() {
        return ruleVersion;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }
}
