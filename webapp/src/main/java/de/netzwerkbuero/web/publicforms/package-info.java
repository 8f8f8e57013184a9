/**
 * Protection of the anonymous forms (prospect sign-up, event registration): throttles per client address and
 * per e-mail address, the honeypot field, and how the client address is read behind a proxy.
 */
package de.netzwerkbuero.web.publicforms;
