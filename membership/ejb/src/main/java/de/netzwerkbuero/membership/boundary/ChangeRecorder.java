package de.netzwerkbuero.membership.boundary;

import de.netzwerkbuero.membership.api.MemberStatusChanged;
import de.netzwerkbuero.membership.domain.Member;
import de.netzwerkbuero.membership.domain.MemberHistory;
import de.netzwerkbuero.membership.domain.StatusChange;
import de.netzwerkbuero.membership.infrastructure.MemberRepository;
import de.netzwerkbuero.platform.api.account.Directory;
import de.netzwerkbuero.platform.api.audit.AuditRecord;
import de.netzwerkbuero.platform.api.audit.AuditTrail;
import de.netzwerkbuero.platform.api.clock.BusinessClock;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

/**
 * Records what happened, in the caller's transaction: a member's status change goes to the member history and
 * to the audit trail and is announced as {@link MemberStatusChanged}; every other change goes to the audit trail.
 */
@Dependent
public class ChangeRecorder {

    public static final String MEMBER = "Member";

    @EJB
    private AuditTrail auditTrail;

    @EJB
    private Directory directory;

    @EJB
    private BusinessClock clock;

    @Inject
    private MemberRepository members;

    @Inject
    private Event<MemberStatusChanged> statusChanged;

    public void statusChanged(Member member, StatusChange change) {
        members.record(new MemberHistory(member.getId(), change, directory.currentUser(), clock.nowInOffice()));
        AuditRecord record = AuditRecord.of("member." + change.action(), MEMBER, member.getId())
                .change("status", change.from(), change.to())
                .set("reason", change.reason());
        if ("admit".equals(change.action()) || "found".equals(change.action())) {
            record.set("joinedOn", member.getJoinedOn()).set("admissionRoundId", member.getAdmissionRoundId());
        }
        if ("resign".equals(change.action())) {
            record.set("leavesOn", member.getLeavesOn());
        }
        auditTrail.record(record);
        if (change.from() != null) {
            statusChanged.fire(new MemberStatusChanged(member.getId(), change.from(), change.to()));
        }
    }

    /** A member was created: its master data and its first status, in the trail and the history. */
    public void created(Member member) {
        StatusChange creation = member.creation();
        AuditRecord record = AuditRecord.of("member." + creation.action(), MEMBER, member.getId());
        member.masterData().forEach(f -> record.set((String) f[0], f[1]));
        record.set("status", member.getStatus()).set("foundingMember", member.isFoundingMember())
                .set("joinedOn", member.getJoinedOn());
        auditTrail.record(record);
        members.record(new MemberHistory(member.getId(), creation, directory.currentUser(), clock.nowInOffice()));
    }

    public void audit(AuditRecord record) {
        auditTrail.record(record);
    }

    /**
     * Personal data is audited by field name only: the trail is append-only, and an erasure (Art. 17) must not
     * leave the erased values readable there.
     */
    public static void personal(AuditRecord record, String field, Object before, Object after) {
        if (!java.util.Objects.equals(before, after)) {
            record.change(field, before == null ? null : "(personal data)", after == null ? null : "(personal data, changed)");
        }
    }
}
