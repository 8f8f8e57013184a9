package de.netzwerkbuero.events.api;

/** What kind of event it is (DESIGN.md, Events). */
public enum EventType { WORKSHOP, SEMINAR, INSPIRATION_TRIP, NETWORK_MEETING, WERKSTATT, WEBINAR }
