/** The mails of the events module (German), sent through platform's transactional outbox. */
package de.netzwerkbuero.events.infrastructure.mail;
