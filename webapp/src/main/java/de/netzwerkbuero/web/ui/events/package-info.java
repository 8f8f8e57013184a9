/**
 * The events screens: the office's event list, calendar, editor with agenda and lifecycle, registrations
 * with check-in and exports; the public event list, event page with registration form and the page behind
 * the personal cancel link. Backing beans inject only events-api facades (and membership/funding look-ups);
 * application problems become messages in {@code web.ui.ProblemExceptionHandler}.
 */
package de.netzwerkbuero.web.ui.events;
