/**
 * Events' entities and rules: events with their life cycle and agenda, registrations, and the rules for
 * who may register when (window, audience, quota, duplicates) and who gets a place (capacity, waiting list).
 * Plain classes, unit-tested without a server; they may use events-api, platform-api and membership-api
 * types, nothing of another layer.
 */
package de.netzwerkbuero.events.domain;
