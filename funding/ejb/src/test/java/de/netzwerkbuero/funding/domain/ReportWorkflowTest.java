package de.netzwerkbuero.funding.domain;

import de.netzwerkbuero.funding.api.ReportKind;
import de.netzwerkbuero.funding.api.ReportStatus;
import de.netzwerkbuero.platform.api.error.InvalidInputException;
import de.netzwerkbuero.platform.api.error.RuleViolationException;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReportWorkflowTest {

    private static final OffsetDateTime APRIL_30 = OffsetDateTime.parse("2025-04-30T23:30:00+02:00");
    private static final OffsetDateTime MAY_1 = OffsetDateTime.parse("2025-05-01T08:00:00+02:00");
    private static final LocalDate DUE = LocalDate.parse("2025-04-30");

    private static Report draft() {
        return new Report(17, ReportKind.INTERIM_PROOF, null, 2024, "Sachbericht 2024", "lead", APRIL_30.minusDays(5));
    }

    @Test
    void draftIsSubmittedAsVersionOneOnTime() {
        Report r = draft();
        assertEquals("INTERIM_PROOF:2024", r.getDeadlineKey());
        ReportVersion v1 = r.submit("lead", APRIL_30, DUE, List.of());
        assertEquals(ReportStatus.SUBMITTED, r.getStatus());
        assertEquals(1, v1.getNumber());
        assertFalse(v1.isLate(), "submitted on the due date");
        assertEquals(v1.getSha256(), r.getLastSha256());
        assertThrows(RuleViolationException.class, () -> r.editText("changed"), "a submitted version is frozen");
    }

    @Test
    void submissionAfterTheDueDateIsMarkedLate() {
        Report r = draft();
        ReportVersion v1 = r.submit("lead", MAY_1, DUE, List.of());
        assertTrue(v1.isLate());
        assertTrue(r.isLastLate());
    }

    @Test
    void returnNeedsAFindingAndAReturnedReportMustBeResubmittedBeforeAcceptance() {
        Report r = draft();
        ReportVersion v1 = r.submit("lead", APRIL_30, DUE, List.of());
        r.startReview("auditor");
        assertEquals(ReportStatus.IN_REVIEW, r.getStatus());
        RuleViolationException noFinding = assertThrows(RuleViolationException.class,
                () -> r.returnForRevision(v1, 0, "auditor", MAY_1));
        assertEquals("funding.returnNeedsFinding", noFinding.key());

        r.returnForRevision(v1, 1, "auditor", MAY_1);
        assertEquals(ReportStatus.RETURNED, r.getStatus());
        assertEquals(ReportStatus.RETURNED, v1.status());
        RuleViolationException notYet = assertThrows(RuleViolationException.class,
                () -> r.accept(v1, "auditor", MAY_1));
        assertEquals("funding.reportResubmitFirst", notYet.key());

        r.editText("Sachbericht 2024, überarbeitet");
        assertEquals(2, r.workingNumber());
        ReportVersion v2 = r.submit("lead", MAY_1.plusDays(3), DUE, List.of());
        assertEquals(2, v2.getNumber());
        assertNotEquals(v1.getSha256(), v2.getSha256());
        assertEquals("Sachbericht 2024", v1.getText(), "the first version keeps its text");
        r.accept(v2, "auditor", MAY_1.plusDays(5));
        assertEquals(ReportStatus.ACCEPTED, r.getStatus());
        assertEquals(ReportStatus.ACCEPTED, v2.status());
        assertThrows(RuleViolationException.class, () -> r.startReview("auditor"));
    }

    @Test
    void aSubmittedReportGoesIntoReviewWithItsFirstFinding() {
        Report r = draft();
        r.submit("lead", APRIL_30, DUE, List.of());
        r.requireUnderReview("auditor");
        assertEquals(ReportStatus.IN_REVIEW, r.getStatus());
        assertEquals("auditor", r.getReviewer());
    }

    @Test
    void draftsCannotBeReviewedOrAccepted() {
        Report r = draft();
        assertThrows(RuleViolationException.class, () -> r.startReview("auditor"));
        assertThrows(RuleViolationException.class, r::requireDecidable);
    }

    @Test
    void anEmptyReportCannotBeSubmitted() {
        Report r = new Report(17, ReportKind.FINAL_PROOF, null, null, "  ", "lead", APRIL_30);
        assertThrows(InvalidInputException.class, () -> r.submit("lead", APRIL_30, DUE, List.of()));
        assertEquals(ReportStatus.DRAFT, r.getStatus());
    }

    @Test
    void kindDecidesWhichDeadlineAReportFulfils() {
        assertEquals("MILESTONE:5", new Report(1, ReportKind.MILESTONE_REPORT, 5L, 2024, "x", "lead", APRIL_30)
                .getDeadlineKey());
        assertEquals("FINAL_PROOF", new Report(1, ReportKind.FINAL_PROOF, 5L, 2024, "x", "lead", APRIL_30)
                .getDeadlineKey());
    }
}
