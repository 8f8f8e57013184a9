/**
 * Membership's technical side: repositories over the {@code membership} persistence unit, the register CSV
 * parser, mail texts, settings from system properties, the schema migration at start-up, the persistent timer
 * and the demo data. May use the domain and platform-api; the boundary uses it, never the other way round
 * (except the timer and the demo data, which start work through the boundary's internal beans).
 */
package de.netzwerkbuero.membership.infrastructure;
