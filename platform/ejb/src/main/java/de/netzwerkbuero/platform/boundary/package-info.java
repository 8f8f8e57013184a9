/**
 * Platform facades: account administration, login checks, the directory, the audit trail (writing,
 * chaining, reading, verifying), the business clock and the mail outbox.
 */
package de.netzwerkbuero.platform.boundary;
