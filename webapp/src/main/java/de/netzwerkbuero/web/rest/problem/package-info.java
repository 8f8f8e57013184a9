/** The mapping of every exception to RFC 9457 problem+json, in one place. */
package de.netzwerkbuero.web.rest.problem;
