package de.netzwerkbuero.membership.domain;

import de.netzwerkbuero.membership.api.MemberStatus;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;

/** One status change of a member: from, to, action, actor, time and reason. Written once, never changed. */
@Entity
@Table(schema = "membership", name = "member_history")
public class MemberHistory {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "member_history_seq")
    @SequenceGenerator(name = "member_history_seq", sequenceName = "membership.member_history_seq", allocationSize = 50)
    private Long id;

    @Column(name = "member_id", nullable = false)
    private long memberId;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status", length = 16)
    private MemberStatus from;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false, length = 16)
    private MemberStatus to;

    @Column(nullable = false, length = 32)
    private String action;

    @Column(nullable = false, length = 64)
    private String actor;

    @Column(nullable = false)
    private OffsetDateTime at;

    @Column(length = 1000)
    private String reason;

    protected MemberHistory() {
    }

    public MemberHistory(long memberId, StatusChange change, String actor, OffsetDateTime at) {
        this.memberId = memberId;
        this.from = change.from();
        this.to = change.to();
        this.action = change.action();
        this.reason = change.reason();
        this.actor = actor;
        this.at = at;
    }

    public long getMemberId() {
        return memberId;
    }

    public MemberStatus getFrom() {
        return from;
    }

    public MemberStatus getTo() {
        return to;
    }

    public String getAction() {
        return action;
    }

    public String getActor() {
        return actor;
    }

    public OffsetDateTime getAt() {
        return at;
    }

    public String getReason() {
        return reason;
    }
}
