package de.netzwerkbuero.funding.api;

/** DRAFT → SUBMITTED → IN_REVIEW → ACCEPTED, or RETURNED → (a new version) SUBMITTED. */
public enum ReportStatus { DRAFT, SUBMITTED, IN_REVIEW, ACCEPTED, RETURNED }
