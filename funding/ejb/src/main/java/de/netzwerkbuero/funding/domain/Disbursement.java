package de.netzwerkbuero.funding.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/** A call of funds (Mittelabruf) paid out to the grantee. */
@Entity
@Table(schema = "funding", name = "disbursement")
public class Disbursement {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "disbursement_seq")
    @SequenceGenerator(name = "disbursement_seq", sequenceName = "funding.disbursement_seq", allocationSize = 50)
    private Long id;

    @Column(name = "project_id", nullable = false)
    private long projectId;

    @Column(nullable = false)
    private BigDecimal amount;

    @Column(name = "payout_on", nullable = false)
    private LocalDate payoutOn;

    @Column(name = "payout_reference")
    private String reference;

    @Column(name = "recorded_by", nullable = false)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private OffsetDateTime recordedAt;

    @Version
    private long version;

    protected Disbursement() {
    }

    public Disbursement(long projectId, BigDecimal amount, LocalDate payoutOn, String reference, String recordedBy,
                        OffsetDateTime recordedAt) {
        this.projectId = projectId;
        this.amount = amount;
        this.payoutOn = payoutOn;
        this.reference = reference == null || reference.isBlank() ? null : reference.trim();
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    public ProjectFacts.DisbursementFact fact() {
        return new ProjectFacts.DisbursementFact(id, payoutOn, amount);
    }

    public Long getId() {
        return id;
    }

    public long getProjectId() {
        return projectId;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public LocalDate getPayoutOn() {
        return payoutOn;
    }

    public String getReference() {
        return reference;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public OffsetDateTime getRecordedAt() {
        return recordedAt;
    }

    public long getVersion() {
        return version;
    }
}
