/**
 * Membership's boundary: the {@code @Stateless} facades implementing the api (transactions, {@code @RolesAllowed},
 * audit records, DTO assembly inside the transaction), and the module-internal helpers they share with the timer
 * and the demo data ({@link de.netzwerkbuero.membership.boundary.ChangeRecorder},
 * {@link de.netzwerkbuero.membership.boundary.MemberRegistration},
 * {@link de.netzwerkbuero.membership.boundary.RegisterImporter},
 * {@link de.netzwerkbuero.membership.boundary.DueTransitionRunner}). Uses domain, infrastructure and platform-api.
 */
package de.netzwerkbuero.membership.boundary;
