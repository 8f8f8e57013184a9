package de.netzwerkbuero.platform.boundary;

import de.netzwerkbuero.platform.api.audit.AuditRecord;
import de.netzwerkbuero.platform.api.audit.AuditTrail;
import de.netzwerkbuero.platform.api.clock.BusinessClock;
import de.netzwerkbuero.platform.domain.StoredAuditEntry;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Writes audit entries inside the caller's transaction (MANDATORY), unchained: the chainer links them
 * after commit, so writers never queue on the chain head.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class AuditTrailBean implements AuditTrail {

    @PersistenceContext(unitName = "platform")
    private EntityManager em;

    @Resource
    private SessionContext context;

    @EJB
    private BusinessClock clock;

    @Override
    public void record(AuditRecord record) {
        em.persist(StoredAuditEntry.of(CallerIdentity.name(context), record, clock.nowInOffice()));
    }
}
