package de.netzwerkbuero.membership.api;

/** PLANNED rounds are not yet announced; OPEN rounds take admissions; CLOSED rounds are over or closed by hand. */
public enum AdmissionRoundStatus { PLANNED, OPEN, CLOSED }
