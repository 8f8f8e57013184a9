package de.netzwerkbuero.membership.domain;

import de.netzwerkbuero.membership.api.MemberStatus;
import de.netzwerkbuero.membership.api.ProfileData;
import de.netzwerkbuero.platform.api.error.InvalidInputException;
import de.netzwerkbuero.platform.api.error.RuleViolationException;
import org.junit.jupiter.api.Test;

import java.util.List;

import static de.netzwerkbuero.membership.domain.Fixtures.NOW;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProfileTest {

    private static final List<String> PLACES = List.of("Coworking-Space Lug2", "Makerspace 3 Horizonte", "Westbahnhof",
            "Marxsche Villa");

    @Test
    void onlyAnActiveMemberIsPublished() {
        Profile profile = new Profile(1L);
        profile.edit(new ProfileData("Herzberg belebt Leerstand.", PLACES, List.of("https://www.herzberg-elster.de"), null));
        RuleViolationException e = assertThrows(RuleViolationException.class,
                () -> profile.publish(MemberStatus.ADMITTED, "Herzberg (Elster)", NOW));
        assertEquals("membership.profileMemberNotActive", e.key());
        assertFalse(profile.isPublished());
        profile.publish(MemberStatus.ACTIVE, "Herzberg (Elster)", NOW);
        assertTrue(profile.isPublished());
        assertEquals(PLACES, profile.getPublishedPlaces());
    }

    @Test
    void editingADraftLeavesThePublishedCopyAlone() {
        Profile profile = new Profile(1L);
        profile.edit(new ProfileData("Erste Fassung", PLACES, List.of(), null));
        profile.publish(MemberStatus.ACTIVE, "Herzberg", NOW);
        profile.edit(new ProfileData("Zweite Fassung", PLACES, List.of(), null));
        assertEquals("Erste Fassung", profile.getPublishedText());
        assertTrue(profile.hasUnpublishedChanges());
        profile.unpublish();
        assertFalse(profile.isPublished());
    }

    @Test
    void anEmptyProfileIsNotPublishedAndLinksMustBeWebAddresses() {
        Profile profile = new Profile(1L);
        assertEquals("membership.profileEmpty", assertThrows(RuleViolationException.class,
                () -> profile.publish(MemberStatus.ACTIVE, "Herzberg", NOW)).key());
        assertEquals("links", assertThrows(InvalidInputException.class,
                () -> profile.edit(new ProfileData("t", List.of(), List.of("javascript:alert(1)"), null)))
                .violations().get(0).field());
    }
}
