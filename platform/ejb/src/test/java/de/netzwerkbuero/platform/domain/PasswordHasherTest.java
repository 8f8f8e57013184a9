package de.netzwerkbuero.platform.domain;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PasswordHasherTest {

    @Test
    void aHashVerifiesItsPasswordOnly() {
        String hash = PasswordHasher.hash("korrekt-pferd-batterie".toCharArray(), 1_000);
        assertTrue(PasswordHasher.matches("korrekt-pferd-batterie".toCharArray(), hash));
        assertFalse(PasswordHasher.matches("korrekt-pferd-batteriE".toCharArray(), hash));
    }

    @Test
    void theSamePasswordGetsADifferentSaltEachTime() {
        assertNotEquals(PasswordHasher.hash("gleiches-passwort".toCharArray(), 1_000),
                PasswordHasher.hash("gleiches-passwort".toCharArray(), 1_000));
    }

    @Test
    void theFormatNamesAlgorithmAndWorkFactor() {
        String hash = PasswordHasher.hash("irgendein-passwort".toCharArray());
        assertTrue(hash.startsWith("pbkdf2-sha256$" + PasswordHasher.ITERATIONS + "$"), hash);
    }

    @Test
    void malformedStoredHashesNeverMatch() {
        assertFalse(PasswordHasher.matches("x".toCharArray(), null));
        assertFalse(PasswordHasher.matches("x".toCharArray(), "plain-text"));
        assertFalse(PasswordHasher.matches("x".toCharArray(), "md5$1$a$b"));
    }
}
