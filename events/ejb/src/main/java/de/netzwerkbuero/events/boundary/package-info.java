/**
 * The events module's facades: {@code @Stateless} beans implementing events-api with transactions,
 * {@code @RolesAllowed}, object-level checks (auditors and project leads read only events of funding
 * projects, leads only their own), audit records and DTO assembly inside the transaction; the reminder timer.
 * Uses domain and infrastructure of this module and the api packages of platform, membership and funding.
 */
package de.netzwerkbuero.events.boundary;
