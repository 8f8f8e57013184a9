package de.netzwerkbuero.funding.boundary;

import de.netzwerkbuero.funding.api.ReminderRun;
import de.netzwerkbuero.funding.api.Reminders;
import de.netzwerkbuero.platform.api.Roles;
import de.netzwerkbuero.platform.api.clock.BusinessClock;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

/** The daily run on demand: for the office, administrators and tests (with the business clock moved). */
@Stateless
@RolesAllowed({Roles.OFFICE, Roles.ADMIN})
public class RemindersBean implements Reminders {

    @Inject
    private ProjectCalendar calendar;
    @Inject
    private ReminderSender sender;
    @EJB
    private BusinessClock clock;

    @Override
    public ReminderRun sendDue() {
        calendar.advance(clock.today());
        return sender.sendDue(clock.today());
    }
}
