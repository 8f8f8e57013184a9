package de.netzwerkbuero.web.ui.events;

import de.netzwerkbuero.events.api.EventFilter;
import de.netzwerkbuero.events.api.EventView;
import de.netzwerkbuero.events.api.Events;
import de.netzwerkbuero.platform.api.clock.BusinessClock;
import de.netzwerkbuero.platform.api.paging.PageRequest;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

import java.util.List;

/** The start page's card: the next events with how full they are. */
@Named
@RequestScoped
public class HomeEventsCard {

    @EJB
    private Events events;

    @EJB
    private BusinessClock clock;

    private List<EventView> coming;

    public List<EventView> getComing() {
        if (coming == null) {
            coming = events.list(EventFilter.from(clock.today()), new PageRequest(0, 5, "startsAt")).items();
        }
        return coming;
    }
}
