package de.netzwerkbuero.membership.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;

/** The log of register imports: when, by whom and what changed. */
@Entity
@Table(schema = "membership", name = "register_import")
public class RegisterImport {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "register_import_seq")
    @SequenceGenerator(name = "register_import_seq", sequenceName = "membership.register_import_seq", allocationSize = 50)
    private Long id;

    @Column(name = "imported_at", nullable = false)
    private OffsetDateTime importedAt;

    @Column(nullable = false, length = 64)
    private String actor;

    private int inserted;

    private int updated;

    private int unchanged;

    protected RegisterImport() {
    }

    public RegisterImport(OffsetDateTime importedAt, String actor, int inserted, int updated, int unchanged) {
        this.importedAt = importedAt;
        this.actor = actor;
        this.inserted = inserted;
        this.updated = updated;
        this.unchanged = unchanged;
    }

    public OffsetDateTime getImportedAt() {
        return importedAt;
    }
}
