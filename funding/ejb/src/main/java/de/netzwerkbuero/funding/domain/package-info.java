/**
 * Funding's domain: entities with their workflows (project, milestone, report and its immutable versions,
 * extensions), and the rules as pure, unit-tested classes: the deadline engine ({@link
 * de.netzwerkbuero.funding.domain.DeadlineSchedule}), the spend window and interest estimate, the cost-plan
 * tolerance, report digests. May use funding-api and platform-api's error types; no EJB, no queries.
 */
package de.netzwerkbuero.funding.domain;
