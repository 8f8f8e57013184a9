/**
 * Funding's contract: the {@code @Local} facades for programmes, rule sets, projects, milestones, reports,
 * reviews, finances, deadlines, extensions, audit packages and reminders, their immutable DTO records and
 * enums (field names as in the REST API), and {@link de.netzwerkbuero.funding.api.ProjectDirectory} for the
 * events module. Facades throw platform-api's error types. Depends on platform-api and membership-api.
 */
package de.netzwerkbuero.funding.api;
