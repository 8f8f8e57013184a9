/**
 * Funding's REST resources under {@code /api/v1}: programmes, projects and what hangs off them (deadlines,
 * milestones, reports, finances, extensions, the audit package), reports and their review, the deadline list.
 * Resources call funding-api facades only; errors pass on to the shared problem mapper.
 */
package de.netzwerkbuero.web.rest.funding;
