package de.netzwerkbuero.membership.api;

/**
 * PENDING until the double opt-in link is followed, then CONFIRMED; CONVERTED when the office made a member of
 * it; EXPIRED (and anonymised) after the retention period or on request.
 */
public enum ProspectStatus { PENDING, CONFIRMED, CONVERTED, EXPIRED }
