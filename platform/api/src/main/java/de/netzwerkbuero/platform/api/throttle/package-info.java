/** The one bounded, in-memory attempt counter for logins and public forms. */
package de.netzwerkbuero.platform.api.throttle;
