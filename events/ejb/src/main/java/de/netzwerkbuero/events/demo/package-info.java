/**
 * Demo data of the events module, created only with {@code -Dnetzwerk.demo=true}: a handful of events
 * around the office's today, one of them full with a waiting list. Uses the boundary's registration work,
 * domain and infrastructure of this module, and membership's directory.
 */
package de.netzwerkbuero.events.demo;
