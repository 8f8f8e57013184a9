package de.netzwerkbuero.events.api;

/**
 * Who may register: MEMBERS only people of an ACTIVE member, MEMBERS_AND_PROSPECTS also confirmed prospects
 * (by e-mail), PUBLIC anyone.
 */
public enum Audience { MEMBERS, MEMBERS_AND_PROSPECTS, PUBLIC }
