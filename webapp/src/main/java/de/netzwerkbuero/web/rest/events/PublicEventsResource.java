package de.netzwerkbuero.web.rest.events;

import de.netzwerkbuero.events.api.AgendaItemView;
import de.netzwerkbuero.events.api.EventView;
import de.netzwerkbuero.events.api.PublicEvents;
import de.netzwerkbuero.platform.api.paging.Page;
import de.netzwerkbuero.web.rest.PageParams;
import jakarta.ejb.EJB;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.util.List;

/** What anyone may read of events: the upcoming published events, one event and its agenda. */
@Path("/public/events")
@Produces(MediaType.APPLICATION_JSON)
public class PublicEventsResource {

    @EJB
    private PublicEvents publicEvents;

    @GET
    @Operation(summary = "Published events that have not ended; filters type, from, to, q; sortable by startsAt, title")
    public Page<EventView> upcoming(@QueryParam("type") String type, @QueryParam("from") String from,
                                    @QueryParam("to") String to, @QueryParam("q") String q,
                                    @BeanParam PageParams page) {
        return publicEvents.upcoming(Queries.events(type, null, from, to, q, null), page.toRequest());
    }

    @GET
    @Path("/{id}")
    public EventView get(@PathParam("id") long id) {
        return publicEvents.get(id);
    }

    @GET
    @Path("/{id}/agenda")
    public List<AgendaItemView> agenda(@PathParam("id") long id) {
        return publicEvents.agenda(id);
    }
}
