/**
 * Authentication of the web module (form login with a session for the UI, HTTP Basic for the API) against
 * the platform's accounts. Authorization stays in the EJB layer; web.xml only keeps anonymous callers
 * out of the office pages.
 */
package de.netzwerkbuero.web.security;
