package de.netzwerkbuero.events.domain;

import de.netzwerkbuero.events.api.RegistrationStatus;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RegistrationErasureTest {

    private static final OffsetDateTime NOW = OffsetDateTime.of(2026, 5, 4, 10, 0, 0, 0, ZoneOffset.ofHours(2));

    @Test
    void erasureForgetsThePersonAndKeepsWhatFundingProofsNeed() {
        Registration r = new Registration(1, new Person(9L, 33L, "Erika", "Muster", "erika@example.org",
                "Gemeinde Beispiel"), Seat.CONFIRMED, NOW);
        r.checkIn(NOW);
        assertTrue(r.erase(NOW.plusDays(1)));

        assertEquals(Registration.ERASED_NAME, r.getLastName());
        assertEquals("", r.getFirstName());
        assertNull(r.getEmail());
        assertEquals(RegistrationStatus.ATTENDED, r.getStatus());
        assertEquals(NOW, r.getCheckedInAt());
        assertEquals(9L, r.getMemberId());
        assertEquals("Gemeinde Beispiel", r.getOrganisation());
        assertTrue(r.isErased());
        assertFalse(r.needsReminder());
    }

    @Test
    void erasingTwiceChangesNothing() {
        Registration r = new Registration(1, TestEvents.guest(1), Seat.waitlisted(2), NOW);
        assertTrue(r.erase(NOW));
        assertFalse(r.erase(NOW.plusDays(1)));
        assertEquals(NOW, r.getErasedAt());
        assertEquals(RegistrationStatus.WAITLISTED, r.getStatus());
    }
}
