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

/** An expenditure of the project with its receipt reference. */
@Entity
@Table(schema = "funding", name = "expenditure")
public class Expenditure {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "expenditure_seq")
    @SequenceGenerator(name = "expenditure_seq", sequenceName = "funding.expenditure_seq", allocationSize = 50)
    private Long id;

    @Column(name = "project_id", nullable = false)
    private long projectId;

    @Column(name = "spent_on", nullable = false)
    private LocalDate spentOn;

    @Column(nullable = false)
    private String category;

    @Column(nullable = false)
    private BigDecimal amount;

    @Column(name = "receipt_reference", nullable = false)
    private String receiptReference;

    private String description;

    @Column(name = "recorded_by", nullable = false)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private OffsetDateTime recordedAt;

    @Version
    private long version;

    protected Expenditure() {
    }

    public Expenditure(long projectId, LocalDate spentOn, String category, BigDecimal amount, String receiptReference,
                       String description, String recordedBy, OffsetDateTime recordedAt) {
        this.projectId = projectId;
        this.spentOn = spentOn;
        this.category = category.trim();
        this.amount = amount;
        this.receiptReference = receiptReference.trim();
        this.description = description == null || description.isBlank() ? null : description.trim();
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    public SpendingAllocation.Spending spending() {
        return new SpendingAllocation.Spending(spentOn, amount);
    }

    public Long getId() {
        return id;
    }

    public long getProjectId() {
        return projectId;
    }

    public LocalDate getSpentOn() {
        return spentOn;
    }

    public String getCategory() {
        return category;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public String getReceiptReference() {
        return receiptReference;
    }

    public String getDescription() {
        return description;
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
