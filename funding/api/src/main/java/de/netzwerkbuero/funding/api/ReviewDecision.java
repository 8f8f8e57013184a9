package de.netzwerkbuero.funding.api;

/** An auditor's decision on a submitted report version; RETURN needs at least one finding. */
public enum ReviewDecision { ACCEPT, RETURN }
