/**
 * Membership's contract: the facades for members and the workflow ({@link de.netzwerkbuero.membership.api.Members}),
 * contacts, admission rounds, prospects, public profiles, the municipality register and personal-data requests,
 * their immutable DTO records (with the JSON field names of DESIGN.md), and the read-only
 * {@link de.netzwerkbuero.membership.api.MemberDirectory} for other modules. Depends on platform-api only.
 */
package de.netzwerkbuero.membership.api;
