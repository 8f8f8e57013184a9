package de.netzwerkbuero.platform.api.account;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PasswordPolicyTest {

    @Test
    void twelveCharactersAreTheMinimum() {
        assertEquals(Optional.of("passwordTooShort"), PasswordPolicy.problem("elf-zeichen".toCharArray(), "x"));
        assertEquals(Optional.empty(), PasswordPolicy.problem("zwölf-zeiche".toCharArray(), "x"));
    }

    @Test
    void blankLongAndUsernamePasswordsAreRefused() {
        assertEquals(Optional.of("passwordBlank"), PasswordPolicy.problem("            ".toCharArray(), "x"));
        assertEquals(Optional.of("passwordTooLong"), PasswordPolicy.problem("a".repeat(257).toCharArray(), "x"));
        assertEquals(Optional.of("passwordIsUsername"),
                PasswordPolicy.problem("Projektleitung".toCharArray(), "projektleitung"));
        assertEquals(Optional.of("passwordTooShort"), PasswordPolicy.problem(null, "x"));
    }
}
