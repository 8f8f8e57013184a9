/**
 * Platform entities and rules: accounts with their login throttle and PBKDF2 hashes, audit entries and
 * the chain head, the mail outbox. Plain classes, unit-tested without a server.
 */
package de.netzwerkbuero.platform.domain;
