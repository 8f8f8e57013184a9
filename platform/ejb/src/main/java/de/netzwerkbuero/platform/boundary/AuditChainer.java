package de.netzwerkbuero.platform.boundary;

import de.netzwerkbuero.platform.domain.AuditChainHead;
import de.netzwerkbuero.platform.domain.StoredAuditEntry;
import de.netzwerkbuero.platform.infrastructure.AuditRepository;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import java.util.List;

/**
 * Links committed audit entries into the hash chain, in the order the chainer finds them (by id), every
 * second. The chain head's row lock makes one chainer run at a time, across nodes too; the writers of
 * entries never touch it. An entry that commits late is simply chained later, at a higher position.
 */
@Singleton
@PermitAll
@DependsOn("PlatformSchema")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class AuditChainer {

    static final int BATCH = 5_000;

    @Inject
    private AuditRepository entries;

    @Resource
    private SessionContext context;

    @Schedule(hour = "*", minute = "*", second = "*/1", persistent = false)
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    void tick() {
        chainBatch();
    }

    /** Chains everything pending, batch by batch, each in its own transaction. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public int chainPending() {
        int total = 0;
        int linked;
        do {
            linked = selfChainBatch();
            total += linked;
        } while (linked == BATCH);
        return total;
    }

    private int selfChainBatch() {
        return context.getBusinessObject(AuditChainer.class).chainBatch();
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int chainBatch() {
        // Lock first, then read: what another chainer linked while this one waited is not read as pending.
        AuditChainHead head = entries.lockHead();
        List<StoredAuditEntry> pending = entries.unchained(BATCH);
        if (pending.isEmpty()) {
            return 0;
        }
        long position = head.getPosition();
        String hash = head.getHash();
        for (StoredAuditEntry entry : pending) {
            hash = entry.chainAfter(position, hash);
            position++;
        }
        head.advanceTo(position, hash);
        return pending.size();
    }
}
