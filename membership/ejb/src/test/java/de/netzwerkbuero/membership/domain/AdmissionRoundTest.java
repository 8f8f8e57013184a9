package de.netzwerkbuero.membership.domain;

import de.netzwerkbuero.membership.api.AdmissionRoundData;
import de.netzwerkbuero.membership.api.AdmissionRoundStatus;
import de.netzwerkbuero.platform.api.error.InvalidInputException;
import de.netzwerkbuero.platform.api.error.RuleViolationException;
import org.junit.jupiter.api.Test;

import static de.netzwerkbuero.membership.domain.Fixtures.NOW;
import static de.netzwerkbuero.membership.domain.Fixtures.TODAY;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AdmissionRoundTest {

    @Test
    void aRoundAdmitsUntilItsCapacityIsTaken() {
        AdmissionRound round = Fixtures.openRound(2);
        assertDoesNotThrow(() -> round.checkAdmits(TODAY));
        Fixtures.setAdmitted(round, 1);
        assertDoesNotThrow(() -> round.checkAdmits(TODAY));
        Fixtures.setAdmitted(round, 2);
        RuleViolationException full = assertThrows(RuleViolationException.class, () -> round.checkAdmits(TODAY));
        assertEquals("membership.roundFull", full.key());
        assertTrue(full.getMessage().contains("2 of 2"));
    }

    @Test
    void onlyAnOpenRoundInTheFutureAdmits() {
        AdmissionRound planned = new AdmissionRound(new AdmissionRoundData(TODAY.plusDays(30), null, 3), TODAY);
        assertEquals("membership.roundNotOpen", assertThrows(RuleViolationException.class,
                () -> planned.checkAdmits(TODAY)).key());
        AdmissionRound open = Fixtures.openRound(3);
        assertEquals("membership.roundPast", assertThrows(RuleViolationException.class,
                () -> open.checkAdmits(open.getDate())).key());
        open.close();
        assertEquals("membership.roundNotOpen", assertThrows(RuleViolationException.class,
                () -> open.checkAdmits(TODAY)).key());
    }

    @Test
    void aNewRoundNeedsAFutureDateADeadlineBeforeItAndAPlace() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> new AdmissionRound(new AdmissionRoundData(TODAY, TODAY.plusDays(1), 0), TODAY));
        assertEquals(3, e.violations().size());
        assertEquals(AdmissionRoundStatus.PLANNED,
                new AdmissionRound(new AdmissionRoundData(TODAY.plusDays(1), TODAY.plusDays(1), 1), TODAY).getStatus());
    }

    @Test
    void capacityCannotDropBelowTheAdmittedAndTheDateIsFixedOnceSomeoneIsAdmitted() {
        AdmissionRound round = Fixtures.openRound(3);
        Fixtures.setAdmitted(round, 2);
        assertEquals("membership.roundCapacityBelowAdmitted", assertThrows(RuleViolationException.class,
                () -> round.update(new AdmissionRoundData(round.getDate(), null, 1), TODAY)).key());
        assertEquals("membership.roundDateFixed", assertThrows(RuleViolationException.class,
                () -> round.update(new AdmissionRoundData(round.getDate().plusDays(1), null, 3), TODAY)).key());
        round.update(new AdmissionRoundData(round.getDate(), null, 2), TODAY);
        assertEquals(2, round.getCapacity());
    }

    @Test
    void opensOnceAndClosesByItselfWhenItsDateHasCome() {
        AdmissionRound round = Fixtures.openRound(3);
        assertEquals(AdmissionRoundStatus.OPEN, round.getStatus());
        assertThrows(RuleViolationException.class, () -> round.open(TODAY, NOW));
        assertFalse(round.closeIfPast(round.getDate().minusDays(1)));
        assertTrue(round.closeIfPast(round.getDate()));
        assertEquals(AdmissionRoundStatus.CLOSED, round.getStatus());
        assertFalse(round.closeIfPast(round.getDate().plusDays(1)));
    }
}
