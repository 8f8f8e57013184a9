package de.netzwerkbuero.platform.api.account;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PasswordPolicyTest {

    private static Optional<String> problem(String password, String username) {
        return PasswordPolicy.problem(password.toCharArray(), username);
    }

    @Test
    void aLongUncommonPasswordIsAccepted() {
        assertTrue(problem("Streuobstwiese-am-Bach", "paula").isEmpty());
    }

    @Test
    void twelveCharactersAreTheMinimum() {
        assertEquals(Optional.of("passwordTooShort"), PasswordPolicy.problem("elf-zeichen".toCharArray(), "x"));
        assertEquals(Optional.empty(), PasswordPolicy.problem("zwölf-zeiche".toCharArray(), "x"));
        assertEquals(Optional.of("passwordTooShort"), PasswordPolicy.problem(null, "x"));
    }

    @Test
    void shortAndBlankPasswordsAreRefused() {
        assertEquals(Optional.of("passwordTooShort"), problem("kurz", "paula"));
        assertEquals(Optional.of("passwordBlank"), problem("              ", "paula"));
        assertEquals(Optional.of("passwordTooLong"), problem("x".repeat(129), "paula"));
    }

    @Test
    void theShippedListOfCommonPasswordsIsRefusedInAnyCase() {
        assertEquals(Optional.of("passwordCommon"), problem("winniethepooh", "paula"));
        assertEquals(Optional.of("passwordCommon"), problem("WinnieThePooh", "paula"));
    }

    @Test
    void aCommonPasswordWithDigitsOrSymbolsAroundItIsStillCommon() {
        assertEquals(Optional.of("passwordCommon"), problem("Password2024!", "paula"));
        assertEquals(Optional.of("passwordCommon"), problem("123456qwertyuiop", "paula"));
        assertEquals(Optional.of("passwordCommon"), problem("!!sunshine!!2025", "paula"));
    }

    @Test
    void theListIsLoadedWithItsThousandsOfEntries() {
        assertTrue(PasswordPolicy.isCommon("123456"));
        assertTrue(PasswordPolicy.isCommon("iloveyou"));
        assertTrue(!PasswordPolicy.isCommon("streuobstwiese"));
    }

    @Test
    void aPasswordMustNotContainTheUsername() {
        assertEquals(Optional.of("passwordIsUsername"), problem("paula.paula.paula", "paula"));
        assertEquals(Optional.of("passwordIsUsername"), problem("Projektleitung", "projektleitung"));
        assertEquals(Optional.of("passwordIsUsername"), problem("Meine-PAULA-Wiese-7", "paula"));
        assertTrue(problem("Meine-PAULA-Wiese-7", "otto").isEmpty());
    }

    @Test
    void everyKeyHasAnEnglishMessage() {
        assertEquals("is one of the most common passwords", PasswordPolicy.message("passwordCommon"));
        assertEquals("must not contain the username", PasswordPolicy.message("passwordIsUsername"));
    }
}
