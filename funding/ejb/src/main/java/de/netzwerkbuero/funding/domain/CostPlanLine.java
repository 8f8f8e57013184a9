package de.netzwerkbuero.funding.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.math.BigDecimal;

/** One line of a project's cost plan: a category in a year. */
@Entity
@Table(schema = "funding", name = "cost_plan_line")
public class CostPlanLine {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "cost_plan_seq")
    @SequenceGenerator(name = "cost_plan_seq", sequenceName = "funding.cost_plan_seq", allocationSize = 50)
    private Long id;

    @Column(name = "project_id", nullable = false)
    private long projectId;

    @Column(nullable = false)
    private String category;

    @Column(name = "plan_year", nullable = false)
    private int year;

    @Column(nullable = false)
    private BigDecimal amount;

    protected CostPlanLine() {
    }

    public CostPlanLine(long projectId, String category, int year, BigDecimal amount) {
        this.projectId = projectId;
        this.category = category.trim();
        this.year = year;
        this.amount = amount;
    }

    public Long getId() {
        return id;
    }

    public long getProjectId() {
        return projectId;
    }

    public String getCategory() {
        return category;
    }

    public int getYear() {
        return year;
    }

    public BigDecimal getAmount() {
        return amount;
    }
}
