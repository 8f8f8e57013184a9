/**
 * HTTP hardening for every response: security headers and the content security policy, HTTPS detection (directly
 * or behind a TLS-terminating proxy), the session cookie's Secure flag.
 */
package de.netzwerkbuero.web.http;
