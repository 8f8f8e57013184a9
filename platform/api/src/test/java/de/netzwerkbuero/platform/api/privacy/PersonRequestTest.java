package de.netzwerkbuero.platform.api.privacy;

import de.netzwerkbuero.platform.api.error.InvalidInputException;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PersonRequestTest {

    @Test
    void addressesAreComparedInNormalForm() {
        assertEquals("erika@example.org", PersonEmail.normalize("  Erika@Example.ORG "));
        for (String bad : new String[]{null, "", "   ", "no-at-sign", "two@@signs", "a b@example.org"}) {
            InvalidInputException e = assertThrows(InvalidInputException.class, () -> PersonEmail.normalize(bad));
            assertEquals("email", e.violations().get(0).field());
        }
    }

    @Test
    void theErasureCollectsContactIdsAndOutcomesOfEveryModule() {
        PersonErasure erasure = new PersonErasure("id-1", "erika@example.org", Set.of(4L));
        erasure.addContactIds(Set.of(4L, 7L));
        assertEquals(Set.of(4L, 7L), erasure.contactIds());
        erasure.addEmail(" P.Work@Example.org ");
        erasure.addEmail(null);
        assertEquals(List.of("erika@example.org", "p.work@example.org"), List.copyOf(erasure.emails()));
        erasure.succeeded("membership", Map.of("contacts", 2));
        erasure.failed("events", new IllegalStateException("database away"));
        erasure.succeeded("platform", Map.of("mails", 3));

        ErasureReport report = new ErasureReport(erasure.erasureId(), erasure.outcomes());
        assertFalse(report.complete());
        assertEquals(List.of("events"), report.failedModules());
        assertEquals("IllegalStateException", report.modules().get(1).error(), "the error names no personal data");
        assertTrue(new ErasureReport("id-2", List.of(ModuleOutcome.success("events", Map.of()))).complete());
    }
}
