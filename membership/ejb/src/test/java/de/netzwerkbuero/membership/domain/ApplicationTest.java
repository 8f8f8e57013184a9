package de.netzwerkbuero.membership.domain;

import de.netzwerkbuero.membership.api.ApplicationView;
import de.netzwerkbuero.platform.api.error.FieldViolation;
import de.netzwerkbuero.platform.api.error.InvalidInputException;
import org.junit.jupiter.api.Test;

import java.util.List;

import static de.netzwerkbuero.membership.domain.Fixtures.TODAY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ApplicationTest {

    @Test
    void outcomesNeedTheirDateAndCannotLieInTheFuture() {
        Application application = new Application(1L);
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> application.update(
                new ApplicationView(" ", null, null, null, "positive", TODAY.plusDays(1), "positive", null, null, null),
                TODAY));
        List<String> fields = e.violations().stream().map(FieldViolation::field).toList();
        assertEquals(List.of("motivation", "preselectionOn", "meetingOn"), fields);
    }

    @Test
    void theMeetingComesAfterThePreselection() {
        Application application = new Application(1L);
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> application.update(
                new ApplicationView("m", null, null, TODAY, null, TODAY.minusDays(1), null, null, null, null), TODAY));
        assertEquals("meetingBeforePreselection", e.violations().get(0).key());
    }

    @Test
    void namesWhatAdmissionStillNeeds() {
        assertEquals(2, Fixtures.bareApplication().missingForAdmission().size());
        assertTrue(Fixtures.reviewedApplication().missingForAdmission().isEmpty());
    }

    @Test
    void forgetsAnErasedContact() {
        Application application = new Application(1L);
        application.update(new ApplicationView("m", null, null, null, null, null, null, 7L, "Alex Muster", null), TODAY);
        application.forgetContact(8L);
        assertEquals("Alex Muster", application.getContactPerson());
        application.forgetContact(7L);
        assertNull(application.getContactPerson());
    }
}
