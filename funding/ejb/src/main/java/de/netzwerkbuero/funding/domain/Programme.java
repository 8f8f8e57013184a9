package de.netzwerkbuero.funding.domain;

import de.netzwerkbuero.funding.api.LegalBasis;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.util.ArrayList;
import java.util.List;

/** A funding programme (Förderprogramm): funder, legal basis, default duration and optional stages. */
@Entity
@Table(schema = "funding", name = "programme")
public class Programme {

    public static final int DEFAULT_DURATION_MONTHS = 24;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "programme_seq")
    @SequenceGenerator(name = "programme_seq", sequenceName = "funding.programme_seq", allocationSize = 50)
    private Long id;

    @Column(nullable = false)
    private String name;

    @Column(nullable = false)
    private String funder;

    @Enumerated(EnumType.STRING)
    @Column(name = "legal_basis", nullable = false)
    private LegalBasis legalBasis;

    @Column(name = "duration_months", nullable = false)
    private int durationMonths;

    @Column(name = "hold_disbursement", nullable = false)
    private boolean holdDisbursementUntilInterimProofAccepted;

    @ElementCollection
    @CollectionTable(schema = "funding", name = "programme_stage", joinColumns = @JoinColumn(name = "programme_id"))
    @OrderColumn(name = "stage_order")
    @Column(name = "name", nullable = false)
    private List<String> stages = new ArrayList<>();

    @Version
    private long version;

    protected Programme() {
    }

    public Programme(String name, String funder, LegalBasis legalBasis, int durationMonths, List<String> stages,
                     boolean holdDisbursementUntilInterimProofAccepted) {
        change(name, funder, legalBasis, durationMonths, stages, holdDisbursementUntilInterimProofAccepted);
    }

    public final void change(String name, String funder, LegalBasis legalBasis, int durationMonths, List<String> stages,
                             boolean holdDisbursementUntilInterimProofAccepted) {
        this.name = name.trim();
        this.funder = funder.trim();
        this.legalBasis = legalBasis;
        this.durationMonths = durationMonths;
        this.stages.clear();
        stages.stream().map(String::trim).filter(s -> !s.isEmpty()).forEach(this.stages::add);
        this.holdDisbursementUntilInterimProofAccepted = holdDisbursementUntilInterimProofAccepted;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getFunder() {
        return funder;
    }

    public LegalBasis getLegalBasis() {
        return legalBasis;
    }

    public int getDurationMonths() {
        return durationMonths;
    }

    public List<String> getStages() {
        return List.copyOf(stages);
    }

    public boolean holdsDisbursementUntilInterimProofAccepted() {
        return holdDisbursementUntilInterimProofAccepted;
    }

    public long getVersion() {
        return version;
    }
}
