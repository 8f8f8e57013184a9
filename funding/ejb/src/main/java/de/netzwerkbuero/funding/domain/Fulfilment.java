package de.netzwerkbuero.funding.domain;

/** What was done about a stored deadline; the displayed status also depends on today's date. */
public enum Fulfilment { OPEN, SUBMITTED, ACCEPTED, MET }
