package de.netzwerkbuero.membership.domain;

import de.netzwerkbuero.membership.api.ProspectStatus;
import de.netzwerkbuero.platform.api.error.RuleViolationException;
import de.netzwerkbuero.platform.api.secret.SecretToken;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static de.netzwerkbuero.membership.domain.Fixtures.NOW;
import static de.netzwerkbuero.membership.domain.Fixtures.TODAY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProspectTest {

    private static Prospect signUp() {
        return new Prospect("Stadt Riesa", Ags.parse("14627230"), "Robin Beispiel", "Robin@Riesa.example",
                SecretToken.hash("token"), NOW, 30);
    }

    @Test
    void anUnconfirmedSignUpExpiresAfterTheConfirmationWindow() {
        Prospect prospect = signUp();
        assertEquals(ProspectStatus.PENDING, prospect.getStatus());
        assertEquals("robin@riesa.example", prospect.getEmail());
        assertEquals(TODAY.plusDays(30), prospect.getExpiresOn());
        assertFalse(prospect.expiredOn(TODAY.plusDays(30)));
        assertTrue(prospect.expiredOn(TODAY.plusDays(31)));
    }

    @Test
    void aConfirmedProspectIsKeptForTheRetentionPeriodUnlessRenewed() {
        Prospect prospect = signUp();
        prospect.confirm(NOW, 24);
        assertEquals(LocalDate.of(2027, 6, 2), prospect.getExpiresOn());
        assertThrows(RuleViolationException.class, () -> prospect.confirm(NOW, 24));
        prospect.renew(LocalDate.of(2027, 1, 1), 24);
        assertEquals(LocalDate.of(2029, 1, 1), prospect.getExpiresOn());
        assertTrue(prospect.expiredOn(LocalDate.of(2029, 1, 2)));
    }

    @Test
    void erasureKeepsTheOrganisationAndForgetsThePerson() {
        Prospect prospect = signUp();
        prospect.erase();
        assertEquals(ProspectStatus.EXPIRED, prospect.getStatus());
        assertEquals("Stadt Riesa", prospect.getOrganisation());
        assertNull(prospect.getEmail());
        assertNull(prospect.getContactName());
        assertThrows(RuleViolationException.class, () -> prospect.converted(5L));
    }

    @Test
    void erasureOnRequestAlsoForgetsTheOrganisationTheyNamed() {
        Prospect prospect = signUp();
        prospect.eraseOnRequest();
        assertEquals(ProspectStatus.EXPIRED, prospect.getStatus());
        assertEquals(Prospect.ERASED, prospect.getOrganisation());
        assertEquals("14627230", prospect.getAgs());
        assertNull(prospect.getEmail());
        assertNull(prospect.getContactName());
        assertTrue(prospect.isErased());
    }

    @Test
    void aConvertedProspectStaysConvertedWhenErased() {
        Prospect prospect = signUp();
        prospect.converted(7L);
        prospect.eraseOnRequest();
        assertEquals(ProspectStatus.CONVERTED, prospect.getStatus());
        assertEquals(7L, prospect.getMemberId());
        assertNull(prospect.getEmail());
    }

    @Test
    void tokensAreRandomAndStoredAsHashes() {
        String token = SecretToken.generate();
        assertNotEquals(token, SecretToken.generate());
        assertEquals(43, token.length());
        assertEquals(64, SecretToken.hash(token).length());
        assertEquals(SecretToken.hash(token), SecretToken.hash(token));
    }
}
