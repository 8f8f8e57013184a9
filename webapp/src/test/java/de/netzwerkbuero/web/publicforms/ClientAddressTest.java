package de.netzwerkbuero.web.publicforms;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ClientAddressTest {

    @Test
    void withoutTrustTheHeaderIsIgnored() {
        assertEquals("10.0.0.5", ClientAddress.of("10.0.0.5", "203.0.113.9", false));
    }

    @Test
    void behindATrustedProxyTheFirstHopCounts() {
        assertEquals("203.0.113.9", ClientAddress.of("10.0.0.5", " 203.0.113.9 , 10.0.0.1", true));
        assertEquals("10.0.0.5", ClientAddress.of("10.0.0.5", null, true));
        assertEquals("10.0.0.5", ClientAddress.of("10.0.0.5", " ,10.0.0.1", true));
    }
}
