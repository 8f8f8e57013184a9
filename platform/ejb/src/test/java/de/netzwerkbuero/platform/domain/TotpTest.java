package de.netzwerkbuero.platform.domain;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.OptionalLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TotpTest {

    /** RFC 6238, appendix B: the SHA-1 secret "12345678901234567890" (Base32 below), 8-digit 94287082 at T=59. */
    private static final String RFC_SECRET = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";

    @Test
    void codesFollowRfc6238() {
        assertEquals("287082", Totp.code(RFC_SECRET, Instant.ofEpochSecond(59)));
        assertEquals("081804", Totp.code(RFC_SECRET, Instant.ofEpochSecond(1111111109)));
    }

    @Test
    void aCodeMatchesItsStepAndOneStepEitherSide() {
        Instant now = Instant.ofEpochSecond(1111111109);
        long step = 1111111109 / 30;
        assertEquals(OptionalLong.of(step), Totp.matchingStep(RFC_SECRET, "081804", now));
        assertEquals(OptionalLong.of(step), Totp.matchingStep(RFC_SECRET, "081 804", now.plusSeconds(30)));
        assertTrue(Totp.matchingStep(RFC_SECRET, "081804", now.plusSeconds(90)).isEmpty());
        assertTrue(Totp.matchingStep(RFC_SECRET, "81804", now).isEmpty());
        assertTrue(Totp.matchingStep(RFC_SECRET, "abcdef", now).isEmpty());
    }

    @Test
    void newSecretsAreBase32Of160Bits() {
        String secret = Totp.newSecret();
        assertEquals(32, secret.length());
        assertTrue(secret.matches("[A-Z2-7]+"));
    }

    @Test
    void theUriIsTheKeyUriFormatOfAuthenticatorApps() {
        assertEquals("otpauth://totp/Netzwerkbuero:paula%20p?secret=ABC&issuer=Netzwerkbuero&algorithm=SHA1&digits=6&period=30",
                Totp.uri("Netzwerkbuero", "paula p", "ABC"));
    }
}
