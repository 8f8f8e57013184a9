package de.netzwerkbuero.funding.api;

/** How much a finding weighs, from a remark to a defect that endangers the grant. */
public enum FindingSeverity { INFO, MINOR, MAJOR, CRITICAL }
