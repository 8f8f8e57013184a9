package de.netzwerkbuero.funding.domain;

import de.netzwerkbuero.funding.api.ProjectStatus;
import de.netzwerkbuero.platform.api.error.RuleViolationException;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProjectLifecycleTest {

    private static Project project() {
        return new Project(1, 2, "Zukunftswerkstatt", "ZWK-1", new GrantPeriod(LocalDate.parse("2024-01-01"),
                LocalDate.parse("2025-12-31")), new BigDecimal("90000.00"), new BigDecimal("10000.00"), "lead");
    }

    @Test
    void theCalendarStartsAndEndsAnApprovedProject() {
        Project p = project();
        assertTrue(p.advanceByDate(LocalDate.parse("2024-06-01")).isEmpty(), "a draft is not started");
        p.approve();
        assertTrue(p.advanceByDate(LocalDate.parse("2023-12-31")).isEmpty());
        assertEquals(List.of(ProjectStatus.RUNNING), p.advanceByDate(LocalDate.parse("2024-01-01")));
        assertTrue(p.advanceByDate(LocalDate.parse("2025-12-31")).isEmpty());
        assertEquals(List.of(ProjectStatus.ENDED), p.advanceByDate(LocalDate.parse("2026-01-01")));
    }

    @Test
    void purposeFulfilledEndsTheProjectEarly() {
        Project p = project();
        p.approve();
        p.start();
        p.purposeFulfilled(LocalDate.parse("2025-03-31"));
        assertEquals(List.of(ProjectStatus.ENDED), p.advanceByDate(LocalDate.parse("2025-04-01")));
        p.finalProofSubmitted();
        assertEquals(ProjectStatus.FINAL_PROOF_SUBMITTED, p.getStatus());
        p.close();
        assertEquals(ProjectStatus.CLOSED, p.getStatus());
        assertThrows(RuleViolationException.class, p::cancel);
    }

    @Test
    void anExtensionMovesThePeriodEndOnlyForward() {
        Project p = project();
        p.approve();
        p.extendTo(LocalDate.parse("2026-06-30"));
        assertEquals(LocalDate.parse("2026-06-30"), p.getPeriodEnd());
        assertThrows(RuleViolationException.class, () -> p.extendTo(LocalDate.parse("2026-01-31")));
    }

    @Test
    void statusesMoveOnlyAlongTheWorkflow() {
        Project p = project();
        assertThrows(RuleViolationException.class, p::start);
        assertThrows(RuleViolationException.class, p::close);
        assertThrows(RuleViolationException.class, p::finalProofSubmitted);
        p.cancel();
        assertEquals(ProjectStatus.CANCELLED, p.getStatus());
        assertThrows(RuleViolationException.class, p::approve);
    }
}
