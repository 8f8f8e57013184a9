package de.netzwerkbuero.web.http;

import jakarta.servlet.http.HttpServletRequest;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Proxy;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HttpsSettingsTest {

    private static final HttpServletRequest PLAIN = request(false, Map.of("Host", "localhost:8080"));
    private static final HttpServletRequest PROXIED = request(false, Map.of("Host", "backend:8080",
            "X-Forwarded-Proto", "https", "X-Forwarded-Host", "netzwerk.example.org"));

    @Test
    void plainHttpIsNotHttpsAndForwardedHeadersAreIgnoredUnlessTheProxyIsTrusted() {
        HttpsSettings defaults = new HttpsSettings(false, false);
        assertFalse(defaults.isHttps(PLAIN));
        assertFalse(defaults.isHttps(PROXIED));
        assertEquals("http://localhost:8080", defaults.ownOrigin(PLAIN));
        assertEquals("http://backend:8080", defaults.ownOrigin(PROXIED));
    }

    @Test
    void aTrustedProxyDecidesSchemeAndHost() {
        HttpsSettings proxy = new HttpsSettings(false, true);
        assertTrue(proxy.isHttps(PROXIED));
        assertEquals("https://netzwerk.example.org", proxy.ownOrigin(PROXIED));
        assertFalse(proxy.isHttps(PLAIN));
    }

    @Test
    void configuredHttpsAppliesToEveryRequest() {
        HttpsSettings https = new HttpsSettings(true, false);
        assertTrue(https.isHttps(PLAIN));
        assertEquals("https://localhost:8080", https.ownOrigin(PLAIN));
        assertTrue(new HttpsSettings(false, false).isHttps(request(true, Map.of("Host", "x"))));
    }

    @Test
    void originsAreComparedWithoutDefaultPortsAndCase() {
        assertEquals("https://example.org", HttpsSettings.normalise("HTTPS://Example.org:443/path?q"));
        assertEquals("http://example.org:8080", HttpsSettings.normalise("http://example.org:8080"));
        assertNull(HttpsSettings.normalise("null"));
        assertNull(HttpsSettings.normalise("file:///etc/passwd"));
        assertNull(HttpsSettings.normalise("http://[bad"));
    }

    private static HttpServletRequest request(boolean secure, Map<String, String> headers) {
        return (HttpServletRequest) Proxy.newProxyInstance(HttpsSettingsTest.class.getClassLoader(),
                new Class<?>[]{HttpServletRequest.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "isSecure" -> secure;
                    case "getScheme" -> secure ? "https" : "http";
                    case "getHeader" -> headers.get((String) args[0]);
                    case "getServerName" -> "localhost";
                    case "getServerPort" -> 8080;
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }
}
