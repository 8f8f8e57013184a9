/**
 * Events' contract: the {@code @Local} facades for events and their agenda ({@link de.netzwerkbuero.events.api.Events},
 * {@link de.netzwerkbuero.events.api.PublicEvents}), registrations, waiting list and check-in
 * ({@link de.netzwerkbuero.events.api.Registrations}), calendar files, participant exports and reminders, with
 * their immutable DTO records and enums. Depends on platform-api, membership-api and funding-api.
 */
package de.netzwerkbuero.events.api;
