package de.netzwerkbuero.platform.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The end of the hash chain. Its row lock is what serialises chaining (and only chaining). */
@Entity
@Table(schema = "platform", name = "audit_chain_head")
public class AuditChainHead {

    public static final int ID = 1;

    @Id
    private Integer id;

    private long position;

    private String hash;

    protected AuditChainHead() {
    }

    public void advanceTo(long newPosition, String newHash) {
        position = newPosition;
        hash = newHash;
    }

    public long getPosition() {
        return position;
    }

    public String getHash() {
        return hash;
    }
}
