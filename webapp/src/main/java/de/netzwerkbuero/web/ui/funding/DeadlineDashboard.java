package de.netzwerkbuero.web.ui.funding;

import de.netzwerkbuero.funding.api.DeadlineFilter;
import de.netzwerkbuero.funding.api.DeadlineView;
import de.netzwerkbuero.funding.api.Deadlines;
import de.netzwerkbuero.platform.api.clock.BusinessClock;
import de.netzwerkbuero.platform.api.paging.Page;
import de.netzwerkbuero.platform.api.paging.PageRequest;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

/** The start page's card: deadlines due in the next 30 days and overdue ones, of the projects the caller sees. */
@Named
@RequestScoped
public class DeadlineDashboard {

    static final int DAYS_AHEAD = 30;
    private static final int ROWS = 10;

    @EJB
    private Deadlines deadlines;
    @EJB
    private BusinessClock clock;

    private Page<DeadlineView> dueSoon;
    private Page<DeadlineView> overdue;

    public Page<DeadlineView> getDueSoon() {
        if (dueSoon == null) {
            dueSoon = deadlines.list(new DeadlineFilter(clock.today(), clock.today().plusDays(DAYS_AHEAD), false,
                    null, null), new PageRequest(0, ROWS, "dueOn"));
        }
        return dueSoon;
    }

    public Page<DeadlineView> getOverdue() {
        if (overdue == null) {
            overdue = deadlines.list(new DeadlineFilter(null, null, true, null, null), new PageRequest(0, ROWS, "dueOn"));
        }
        return overdue;
    }

    public int getDaysAhead() {
        return DAYS_AHEAD;
    }
}
