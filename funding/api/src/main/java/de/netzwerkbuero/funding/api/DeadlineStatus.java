package de.netzwerkbuero.funding.api;

/**
 * OPEN, DUE_SOON (within the first reminder's days) and OVERDUE while nothing was done; SUBMITTED and
 * ACCEPTED for reports; MET for spent funds and for a retention period that has run out.
 */
public enum DeadlineStatus { OPEN, DUE_SOON, OVERDUE, SUBMITTED, ACCEPTED, MET }
