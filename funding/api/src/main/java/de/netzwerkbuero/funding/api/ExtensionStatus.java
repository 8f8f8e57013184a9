package de.netzwerkbuero.funding.api;

/** An extension of the grant period is recorded as requested and then approved or rejected by the office. */
public enum ExtensionStatus { REQUESTED, APPROVED, REJECTED }
