package de.netzwerkbuero.membership.api;

/** KOMMUNE has an 8-digit AGS, LANDKREIS a 5-digit district key, PARTNER none. */
public enum MemberKind { KOMMUNE, LANDKREIS, PARTNER }
