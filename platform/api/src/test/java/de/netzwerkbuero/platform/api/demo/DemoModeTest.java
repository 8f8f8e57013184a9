package de.netzwerkbuero.platform.api.demo;

import de.netzwerkbuero.platform.api.demo.DemoMode.Decision;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DemoModeTest {

    @Test
    void withoutTheFlagThereIsNoDemo() {
        assertEquals(Decision.OFF, DemoMode.decide(null, null, "H2"));
        assertEquals(Decision.OFF, DemoMode.decide("false", "true", "H2"));
    }

    @Test
    void theDemoRunsOnTheEmbeddedDatabase() {
        assertEquals(Decision.ON, DemoMode.decide("true", null, "H2"));
        assertTrue(Decision.ON.active());
    }

    @Test
    void onPostgresqlTheDemoIsRefusedUnlessForced() {
        assertEquals(Decision.REFUSED, DemoMode.decide("true", null, "PostgreSQL"));
        assertFalse(Decision.REFUSED.active());
        assertEquals(Decision.REFUSED, DemoMode.decide("true", null, null), "an unknown database is not the demo's");
        assertEquals(Decision.FORCED, DemoMode.decide("true", "true", "PostgreSQL"));
        assertEquals(Decision.FORCED, DemoMode.decide("force", null, "PostgreSQL"));
        assertTrue(Decision.FORCED.active());
    }
}
