/**
 * Membership's domain: entities with behaviour (a {@link de.netzwerkbuero.membership.domain.Member} runs its own
 * workflow steps), value objects ({@link de.netzwerkbuero.membership.domain.Ags},
 * {@link de.netzwerkbuero.membership.domain.NoticePeriod}) and rules as plain classes
 * ({@link de.netzwerkbuero.membership.domain.MembershipWorkflow}), unit-tested without a server. Uses JPA
 * annotations, membership-api enums and platform-api error types; nothing of the boundary or infrastructure.
 */
package de.netzwerkbuero.membership.domain;
