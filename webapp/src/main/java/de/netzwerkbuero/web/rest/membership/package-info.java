/**
 * Membership's part of the REST API (DESIGN.md, REST API): members and their workflow, applications, history,
 * contacts and personal-data requests, admission rounds, prospects, public profiles and the municipality
 * register. Resources call membership's facades only; errors become problem+json in {@code ProblemMapper}.
 */
package de.netzwerkbuero.web.rest.membership;
