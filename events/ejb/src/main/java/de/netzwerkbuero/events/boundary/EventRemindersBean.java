package de.netzwerkbuero.events.boundary;

import de.netzwerkbuero.events.api.EventReminders;
import de.netzwerkbuero.platform.api.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

/** Runs the reminders at once, for the office and for tests; the timer runs them daily. */
@Stateless
@RolesAllowed(Roles.OFFICE)
public class EventRemindersBean implements EventReminders {

    @Inject
    private ReminderRun run;

    @Override
    public int sendDueReminders() {
        return run.sendDue();
    }
}
