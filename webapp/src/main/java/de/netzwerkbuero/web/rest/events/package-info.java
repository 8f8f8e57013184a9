/**
 * The events API under {@code /api/v1}: events with their agenda and lifecycle, registrations, check-in,
 * calendar files, participant exports and the public event list. Uses only events-api (and platform-api's
 * paging and errors); every failure becomes problem+json in {@code web.rest.problem}.
 */
package de.netzwerkbuero.web.rest.events;
