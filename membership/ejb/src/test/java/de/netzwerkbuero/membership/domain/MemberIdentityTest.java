package de.netzwerkbuero.membership.domain;

import de.netzwerkbuero.membership.api.MemberKind;
import de.netzwerkbuero.platform.api.error.InvalidInputException;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class MemberIdentityTest {

    @Test
    void eachKindTakesItsKey() {
        assertEquals("12062224", MemberIdentity.keyFor(MemberKind.KOMMUNE, "12062224").value());
        assertEquals("09479", MemberIdentity.keyFor(MemberKind.LANDKREIS, "09479").value());
        assertNull(MemberIdentity.keyFor(MemberKind.PARTNER, " "));
    }

    @Test
    void refusesKeysThatDoNotFitTheKind() {
        assertEquals("agsNotMunicipality", violation(() -> MemberIdentity.keyFor(MemberKind.KOMMUNE, "09479")));
        assertEquals("agsNotDistrict", violation(() -> MemberIdentity.keyFor(MemberKind.LANDKREIS, "09479129")));
        assertEquals("agsNotForPartner", violation(() -> MemberIdentity.keyFor(MemberKind.PARTNER, "09479129")));
        assertEquals("required", violation(() -> MemberIdentity.keyFor(MemberKind.KOMMUNE, null)));
    }

    @Test
    void needsAName() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> new MemberIdentity(MemberKind.PARTNER, " ", null, null));
        assertEquals("name", e.violations().get(0).field());
    }

    private static String violation(Runnable action) {
        InvalidInputException e = assertThrows(InvalidInputException.class, action::run);
        assertEquals("ags", e.violations().get(0).field());
        return e.violations().get(0).key();
    }
}
