package de.netzwerkbuero.membership.domain;

import de.netzwerkbuero.membership.api.MemberKind;
import de.netzwerkbuero.membership.api.MemberStatus;
import de.netzwerkbuero.platform.api.error.InvalidInputException;
import de.netzwerkbuero.platform.api.error.RuleViolationException;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static de.netzwerkbuero.membership.domain.Fixtures.NOW;
import static de.netzwerkbuero.membership.domain.Fixtures.TODAY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MemberTest {

    @Test
    void aNewMemberIsAProspectWithStateFromItsAgs() {
        Member member = Fixtures.herzberg();
        assertEquals(MemberStatus.PROSPECT, member.getStatus());
        assertEquals("BB", member.getState());
        assertEquals(8753, member.getPopulation());
        assertEquals(new StatusChange(null, MemberStatus.PROSPECT, "create", null), member.creation());
    }

    @Test
    void aFoundingMemberIsActiveFromTheFoundingDate() {
        Member member = Member.founding(new MemberIdentity(MemberKind.LANDKREIS, "Landkreis Wunsiedel",
                Ags.parse("09479"), null), null, null, LocalDate.of(2023, 4, 1), NOW);
        assertEquals(MemberStatus.ACTIVE, member.getStatus());
        assertTrue(member.isFoundingMember());
        assertEquals(LocalDate.of(2023, 4, 1), member.getJoinedOn());
        assertEquals("found", member.creation().action());
        assertEquals("BY", member.getState());
    }

    @Test
    void runsTheWholeWayFromProspectToLeft() {
        Member member = Fixtures.herzberg();
        AdmissionRound round = Fixtures.openRound(3);
        assertEquals(new StatusChange(MemberStatus.PROSPECT, MemberStatus.APPLIED, "apply", null), member.apply(" "));
        member.review(Fixtures.reviewedApplication(), "Gespräch geführt");
        StatusChange admitted = member.admit(Fixtures.reviewedApplication(), round, TODAY, null);
        assertEquals(MemberStatus.ADMITTED, admitted.to());
        assertEquals(round.getDate(), member.getJoinedOn());
        assertThrows(RuleViolationException.class, () -> member.activate(round.getDate().minusDays(1)));
        assertEquals(MemberStatus.ACTIVE, member.activate(round.getDate()).to());
        member.suspend("Beitrag offen");
        member.resume(null);
        StatusChange resigned = member.resign("Haushaltslage", LocalDate.of(2025, 10, 1), NoticePeriod.DEFAULT);
        assertEquals(MemberStatus.LEAVING, resigned.to());
        assertEquals("Haushaltslage", resigned.reason());
        assertEquals(LocalDate.of(2026, 12, 31), member.getLeavesOn());
        assertThrows(RuleViolationException.class, () -> member.leave(LocalDate.of(2026, 12, 30)));
        assertEquals(MemberStatus.LEFT, member.leave(LocalDate.of(2026, 12, 31)).to());
    }

    @Test
    void reviewNeedsTheApplication() {
        Member member = Fixtures.herzberg();
        member.apply(null);
        RuleViolationException e = assertThrows(RuleViolationException.class, () -> member.review(null, null));
        assertEquals("membership.applicationMissing", e.key());
        assertEquals(MemberStatus.APPLIED, member.getStatus());
    }

    @Test
    void admitNeedsPreselectionAndMeetingRecorded() {
        Member member = Fixtures.herzberg();
        member.apply(null);
        member.review(Fixtures.bareApplication(), null);
        RuleViolationException e = assertThrows(RuleViolationException.class,
                () -> member.admit(Fixtures.bareApplication(), Fixtures.openRound(3), TODAY, null));
        assertEquals("membership.admissionIncomplete", e.key());
        assertTrue(e.getMessage().contains("pre-selection") && e.getMessage().contains("get-to-know meeting"));
        assertEquals(MemberStatus.IN_REVIEW, member.getStatus());
        assertNull(member.getJoinedOn());
    }

    @Test
    void admitNeedsARoundWithAPlace() {
        Member member = Fixtures.herzberg();
        member.apply(null);
        member.review(Fixtures.reviewedApplication(), null);
        AdmissionRound full = Fixtures.openRound(2);
        Fixtures.setAdmitted(full, 2);
        assertEquals("membership.roundFull", assertThrows(RuleViolationException.class,
                () -> member.admit(Fixtures.reviewedApplication(), full, TODAY, null)).key());
        assertEquals(MemberStatus.IN_REVIEW, member.getStatus());
    }

    @Test
    void admitIsRefusedBeforeReview() {
        Member member = Fixtures.herzberg();
        member.apply(null);
        RuleViolationException e = assertThrows(RuleViolationException.class,
                () -> member.admit(Fixtures.reviewedApplication(), Fixtures.openRound(3), TODAY, null));
        assertEquals(MembershipWorkflow.NOT_ALLOWED, e.key());
    }

    @Test
    void rejectSuspendAndResignNeedAReason() {
        Member applied = Fixtures.herzberg();
        applied.apply(null);
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> applied.reject("  "));
        assertEquals("reason", e.violations().get(0).field());
        assertEquals(MemberStatus.APPLIED, applied.getStatus());

        Member active = Member.founding(new MemberIdentity(MemberKind.PARTNER, "Stiftung", null, null), null, null,
                LocalDate.of(2023, 4, 1), NOW);
        assertEquals("reason", assertThrows(InvalidInputException.class, () -> active.suspend(null)).violations().get(0).field());
        assertEquals("reason", assertThrows(InvalidInputException.class,
                () -> active.resign("", TODAY, NoticePeriod.DEFAULT)).violations().get(0).field());
        assertEquals(MemberStatus.ACTIVE, active.getStatus());
    }

    @Test
    void aForbiddenStepIsAConflictBeforeAMissingReason() {
        Member prospect = Fixtures.herzberg();
        assertEquals(409, assertThrows(RuleViolationException.class, () -> prospect.reject(null)).status());
    }

    @Test
    void withdrawNeedsNoReason() {
        Member member = Fixtures.herzberg();
        member.apply(null);
        assertEquals(MemberStatus.WITHDRAWN, member.withdraw(null).to());
    }
}
