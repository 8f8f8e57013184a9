package de.netzwerkbuero.membership.api;

/** A register entry is a municipality (8-digit AGS) or a district (5-digit Kreisschlüssel). */
public enum RegisterEntryKind { MUNICIPALITY, DISTRICT }
