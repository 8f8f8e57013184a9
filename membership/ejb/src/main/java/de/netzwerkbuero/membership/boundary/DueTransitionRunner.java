package de.netzwerkbuero.membership.boundary;

import de.netzwerkbuero.membership.api.DueTransitionsResult;
import de.netzwerkbuero.membership.api.MemberStatus;
import de.netzwerkbuero.membership.domain.AdmissionRound;
import de.netzwerkbuero.membership.domain.Member;
import de.netzwerkbuero.membership.domain.Prospect;
import de.netzwerkbuero.membership.infrastructure.AdmissionRoundRepository;
import de.netzwerkbuero.membership.infrastructure.MemberRepository;
import de.netzwerkbuero.membership.infrastructure.ProspectRepository;
import de.netzwerkbuero.platform.api.audit.AuditRecord;
import de.netzwerkbuero.platform.api.clock.BusinessClock;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.LocalBean;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import java.time.LocalDate;
import java.util.List;
import java.util.function.LongPredicate;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Applies what is due by date, each change in its own transaction so that one failing member does not hold up
 * the others. Module-internal (no api view): run by the persistent timer without a caller, hence
 * {@code @PermitAll}, and by {@code Members.applyDueTransitions} for the office. Re-running is harmless: every
 * step re-checks its condition on the locked row.
 */
@Stateless
@LocalBean
@PermitAll
public class DueTransitionRunner {

    private static final Logger LOG = Logger.getLogger(DueTransitionRunner.class.getName());

    @Resource
    private SessionContext context;

    @EJB
    private BusinessClock clock;

    @Inject
    private MemberRepository members;

    @Inject
    private ProspectRepository prospects;

    @Inject
    private AdmissionRoundRepository rounds;

    @Inject
    private ChangeRecorder recorder;

    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public DueTransitionsResult runAll() {
        DueTransitionRunner self = context.getBusinessObject(DueTransitionRunner.class);
        LocalDate today = clock.today();
        int activated = each(members.admittedDueOn(today), self::activate);
        int left = each(members.leavingDueOn(today), self::leave);
        int expired = each(prospects.dueForExpiry(today), self::expireProspect);
        int closed = self.closePastRounds();
        DueTransitionsResult result = new DueTransitionsResult(activated, left, expired, closed);
        if (result.total() > 0) {
            LOG.info(() -> "Membership changes due on " + today + ": " + result);
        }
        return result;
    }

    private static int each(List<Long> ids, LongPredicate step) {
        int done = 0;
        for (long id : ids) {
            try {
                if (step.test(id)) {
                    done++;
                }
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "A due membership change failed for id " + id + "; it is retried on the next run", e);
            }
        }
        return done;
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean activate(long memberId) {
        Member member = members.requireForUpdate(memberId);
        LocalDate today = clock.today();
        if (member.getStatus() != MemberStatus.ADMITTED || member.getJoinedOn().isAfter(today)) {
            return false;
        }
        recorder.statusChanged(member, member.activate(today));
        return true;
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean leave(long memberId) {
        Member member = members.requireForUpdate(memberId);
        LocalDate today = clock.today();
        if (member.getStatus() != MemberStatus.LEAVING || member.getLeavesOn().isAfter(today)) {
            return false;
        }
        recorder.statusChanged(member, member.leave(today));
        return true;
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean expireProspect(long prospectId) {
        Prospect prospect = prospects.require(prospectId);
        if (!prospect.expiredOn(clock.today())) {
            return false;
        }
        AuditRecord record = AuditRecord.of("prospect.expire", "Prospect", prospectId)
                .change("status", prospect.getStatus(), "EXPIRED");
        prospect.erase();
        recorder.audit(record);
        return true;
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int closePastRounds() {
        int closed = 0;
        LocalDate today = clock.today();
        for (AdmissionRound round : rounds.notClosed()) {
            var before = round.getStatus();
            if (round.closeIfPast(today)) {
                recorder.audit(AuditRecord.of("admissionRound.close", "AdmissionRound", round.getId())
                        .change("status", before, round.getStatus()));
                closed++;
            }
        }
        return closed;
    }
}
