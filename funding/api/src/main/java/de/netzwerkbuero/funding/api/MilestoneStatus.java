package de.netzwerkbuero.funding.api;

/** OPEN → REPORTED → ACCEPTED, or RETURNED → REPORTED again. */
public enum MilestoneStatus { OPEN, REPORTED, ACCEPTED, RETURNED }
