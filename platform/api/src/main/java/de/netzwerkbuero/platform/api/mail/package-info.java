/** Outgoing mail through a transactional outbox. */
package de.netzwerkbuero.platform.api.mail;
