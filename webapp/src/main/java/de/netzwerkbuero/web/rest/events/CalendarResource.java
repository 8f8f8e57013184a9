package de.netzwerkbuero.web.rest.events;

import de.netzwerkbuero.events.api.EventCalendar;
import jakarta.ejb.EJB;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The public calendar feed of published events, to subscribe to in any calendar program. */
@Path("/calendar.ics")
public class CalendarResource {

    @EJB
    private EventCalendar calendar;

    @GET
    @Produces(EventCalendar.CONTENT_TYPE)
    @Operation(summary = "iCalendar feed (RFC 5545, Europe/Berlin) of the published events; public")
    public Response feed() {
        return Downloads.of(calendar.feed(), false);
    }
}
