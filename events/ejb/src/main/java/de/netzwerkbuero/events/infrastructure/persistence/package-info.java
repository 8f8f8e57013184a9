/**
 * Repositories of the events schema (JPA with the {@code events} persistence unit) and the database-side
 * place counter. Used by the boundary only.
 */
package de.netzwerkbuero.events.infrastructure.persistence;
