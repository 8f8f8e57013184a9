package de.netzwerkbuero.events.domain;

import de.netzwerkbuero.events.api.Audience;
import de.netzwerkbuero.events.api.NewRegistration;
import de.netzwerkbuero.events.api.RegistrationStatus;
import de.netzwerkbuero.membership.api.ContactSummary;
import de.netzwerkbuero.membership.api.MemberKind;
import de.netzwerkbuero.membership.api.MemberStatus;
import de.netzwerkbuero.membership.api.MemberSummary;
import de.netzwerkbuero.platform.api.error.InvalidInputException;
import de.netzwerkbuero.platform.api.error.RuleViolationException;
import de.netzwerkbuero.platform.api.secret.SecretToken;
import org.junit.jupiter.api.Test;

import java.util.List;

import static de.netzwerkbuero.events.domain.TestEvents.NOW;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RegistrationRulesTest {

    private static final MemberSummary ACTIVE = new MemberSummary(1, MemberKind.KOMMUNE, "Herzberg (Elster)",
            "12062219", "BB", MemberStatus.ACTIVE, "info@herzberg.example");
    private static final MemberSummary SUSPENDED = new MemberSummary(2, MemberKind.KOMMUNE, "Musterstadt",
            "12345678", "BB", MemberStatus.SUSPENDED, "post@musterstadt.example");

    private static String key(Runnable action) {
        return assertThrows(RuleViolationException.class, action::run).key();
    }

    @Test
    void windowOpensAndCloses() {
        RegistrationWindow window = new RegistrationWindow(NOW, NOW.plusDays(3));
        assertEquals("events.registration.notYetOpen", key(() -> window.requireOpenAt(NOW.minusSeconds(1))));
        assertDoesNotThrow(() -> window.requireOpenAt(NOW));
        assertEquals("events.registration.closed", key(() -> window.requireOpenAt(NOW.plusDays(3))));
    }

    @Test
    void withoutAnEndTheWindowClosesWhenTheEventStarts() {
        Event event = TestEvents.published(10);
        assertEquals(TestEvents.START, event.registrationWindow().closesAt());
        assertEquals("events.registration.closed", key(() -> event.requireTakesRegistrations(TestEvents.START, true)));
        assertDoesNotThrow(() -> event.requireTakesRegistrations(TestEvents.START, false));
    }

    @Test
    void quotaCountsActiveRegistrationsOfTheMember() {
        assertDoesNotThrow(() -> MemberQuota.require(2, 1));
        assertEquals("events.registration.quotaReached", key(() -> MemberQuota.require(2, 2)));
        assertDoesNotThrow(() -> MemberQuota.require(null, 500));
    }

    @Test
    void membersOnlyNeedsAnActiveMember() {
        assertEquals("events.registration.membersOnly", key(() -> AudienceRule.require(Audience.MEMBERS, null, () -> true)));
        assertEquals("events.registration.memberNotActive",
                key(() -> AudienceRule.require(Audience.MEMBERS, SUSPENDED, () -> true)));
        assertDoesNotThrow(() -> AudienceRule.require(Audience.MEMBERS, ACTIVE, () -> false));
    }

    @Test
    void membersAndProspectsAlsoAdmitsConfirmedProspects() {
        assertDoesNotThrow(() -> AudienceRule.require(Audience.MEMBERS_AND_PROSPECTS, ACTIVE, () -> false));
        assertDoesNotThrow(() -> AudienceRule.require(Audience.MEMBERS_AND_PROSPECTS, null, () -> true));
        assertEquals("events.registration.membersAndProspectsOnly",
                key(() -> AudienceRule.require(Audience.MEMBERS_AND_PROSPECTS, null, () -> false)));
        assertEquals("events.registration.memberNotActive",
                key(() -> AudienceRule.require(Audience.MEMBERS_AND_PROSPECTS, SUSPENDED, () -> false)));
    }

    @Test
    void publicAdmitsAnyoneWithoutAskingMembership() {
        assertDoesNotThrow(() -> AudienceRule.require(Audience.PUBLIC, null, () -> {
            throw new AssertionError("not asked");
        }));
    }

    @Test
    void aSelfRegisteringMemberNeedsTheOrganisationsAddress() {
        List<ContactSummary> contacts = List.of(new ContactSummary(5, 1, "Karla", "Kolumna", "Bürgermeisterin",
                "k.kolumna@herzberg.example", true));
        assertTrue(MemberEmailRule.belongs("K.Kolumna@Herzberg.example", ACTIVE, contacts));
        assertTrue(MemberEmailRule.belongs("bauamt@herzberg.example", ACTIVE, contacts));
        assertFalse(MemberEmailRule.belongs("someone@elsewhere.example", ACTIVE, contacts));
        MemberSummary freemail = new MemberSummary(3, MemberKind.PARTNER, "Verein", null, null, MemberStatus.ACTIVE,
                "verein@gmail.com");
        assertFalse(MemberEmailRule.belongs("stranger@gmail.com", freemail, List.of()));
        assertTrue(MemberEmailRule.belongs("verein@gmail.com", freemail, List.of()));
        assertEquals("events.registration.notMemberEmail",
                key(() -> MemberEmailRule.require("x@elsewhere.example", ACTIVE, contacts)));
    }

    @Test
    void malformedInputIsRefusedFieldByField() {
        InvalidInputException invalid = assertThrows(InvalidInputException.class, () -> RegistrationInputCheck
                .requireValid(new NewRegistration(null, 4L, " ", "Muster", "kein-at-zeichen")));
        assertEquals(List.of("firstName", "email", "memberId"),
                invalid.violations().stream().map(v -> v.field()).toList());
        assertDoesNotThrow(() -> RegistrationInputCheck.requireValid(
                NewRegistration.guest("Anna", "Schulze", "anna@example.org", "Verein")));
    }

    @Test
    void duplicatesAreComparedInNormalForm() {
        assertEquals("anna@example.org", EmailAddress.normalize("  Anna@Example.ORG "));
        Registration r = new Registration(1, new Person(null, null, "Anna", "S", " Anna@Example.ORG", null),
                Seat.CONFIRMED, NOW);
        assertEquals("Anna@Example.ORG", r.getEmail());
    }

    @Test
    void registrationStatesAndReminders() {
        Registration r = new Registration(1, TestEvents.guest(1), Seat.CONFIRMED, NOW);
        assertTrue(r.needsReminder());
        r.markReminded(NOW);
        assertFalse(r.needsReminder());
        r.checkIn(NOW);
        assertEquals(RegistrationStatus.ATTENDED, r.getStatus());
        assertEquals("events.registration.notCancellable", key(() -> r.cancel(NOW)));
        r.markNoShow();
        assertEquals(RegistrationStatus.NO_SHOW, r.getStatus());
        assertNull(r.getCheckedInAt());

        Registration waiting = new Registration(1, TestEvents.guest(2), Seat.waitlisted(4), NOW);
        assertFalse(waiting.needsReminder());
        assertEquals("events.registration.checkInNotAllowed", key(() -> waiting.checkIn(NOW)));
        waiting.cancel(NOW);
        assertFalse(waiting.needsReminder());
    }

    @Test
    void cancelTokensAreUnguessableAndShaped() {
        String token = SecretToken.generate();
        assertTrue(SecretToken.wellFormed(token));
        assertFalse(token.equals(SecretToken.generate()));
        assertFalse(SecretToken.wellFormed("' or 1=1 --"));
        assertFalse(SecretToken.wellFormed(null));
    }

    @Test
    void cancelTokensAreStoredAsTheirSha256() {
        String token = SecretToken.generate();
        String hash = SecretToken.hash(token);
        assertTrue(hash.matches("[0-9a-f]{64}"), hash);
        assertFalse(hash.contains(token));
        assertEquals(hash, SecretToken.hash(token));
        assertEquals("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", SecretToken.hash(""));
    }
}
