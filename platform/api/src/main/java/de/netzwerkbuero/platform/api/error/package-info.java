/**
 * The error types every module throws. Each maps to one HTTP status in the REST layer and to one
 * message in the UI; the mapping lives once, in the web module.
 */
package de.netzwerkbuero.platform.api.error;
