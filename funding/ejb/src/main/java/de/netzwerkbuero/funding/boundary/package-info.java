/**
 * Funding's facades: the {@code @Stateless} implementations of funding-api with their transactions,
 * {@code @RolesAllowed} and object-level checks ({@link de.netzwerkbuero.funding.boundary.ProjectAccess}: a
 * lead sees only their own projects), audit records and DTO assembly; the deadline planner that keeps stored
 * deadlines in step with the engine; the daily reminder job and the demo data. Uses the domain, the
 * infrastructure, platform-api and membership-api.
 */
package de.netzwerkbuero.funding.boundary;
