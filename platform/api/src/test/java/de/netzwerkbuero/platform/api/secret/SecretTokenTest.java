package de.netzwerkbuero.platform.api.secret;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SecretTokenTest {

    @Test
    void tokensAreUrlSafeUniqueAndWellFormed() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            String token = SecretToken.generate();
            assertTrue(SecretToken.wellFormed(token), token);
            assertTrue(seen.add(token));
        }
        assertFalse(SecretToken.wellFormed("kurz"));
        assertFalse(SecretToken.wellFormed(null));
        assertFalse(SecretToken.wellFormed("a".repeat(42) + "/"));
    }

    @Test
    void theStoredFormIsTheSha256InHex() {
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", SecretToken.hash("abc"));
    }
}
