/** Secrets handed out in links and login steps, stored only as hashes. */
package de.netzwerkbuero.platform.api.secret;
