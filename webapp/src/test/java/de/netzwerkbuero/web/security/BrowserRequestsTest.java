package de.netzwerkbuero.web.security;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BrowserRequestsTest {

    @Test
    void aPageNavigationIsABrowser() {
        assertTrue(BrowserRequests.isBrowser(
                "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,*/*;q=0.8", null, null));
    }

    @Test
    void jsfAndAjaxRequestsAreBrowsers() {
        assertTrue(BrowserRequests.isBrowser("*/*", "partial/ajax", null));
        assertTrue(BrowserRequests.isBrowser(null, null, "XMLHttpRequest"));
    }

    @Test
    void apiClientsAreNot() {
        assertFalse(BrowserRequests.isBrowser(null, null, null));
        assertFalse(BrowserRequests.isBrowser("*/*", null, null));
        assertFalse(BrowserRequests.isBrowser("application/json", null, null));
        assertFalse(BrowserRequests.isBrowser("application/json, text/html;q=0.5", null, null));
        assertFalse(BrowserRequests.isBrowser("text/html;q=0.5, application/problem+json", null, null));
    }
}
