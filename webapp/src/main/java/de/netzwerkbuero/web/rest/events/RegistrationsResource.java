package de.netzwerkbuero.web.rest.events;

import de.netzwerkbuero.events.api.RegistrationView;
import de.netzwerkbuero.events.api.Registrations;
import jakarta.ejb.EJB;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/** One registration: read, cancel (the place goes to the first waiting), check-in and no-show. */
@Path("/registrations")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "basic")
public class RegistrationsResource {

    @EJB
    private Registrations registrations;

    @GET
    @Path("/{id}")
    public RegistrationView get(@PathParam("id") long id) {
        return registrations.get(id);
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Cancels a CONFIRMED or WAITLISTED registration; answers the cancelled registration")
    public RegistrationView cancel(@PathParam("id") long id) {
        return registrations.cancel(id);
    }

    @POST
    @Path("/{id}/check-in")
    @Operation(summary = "CONFIRMED or NO_SHOW → ATTENDED, from the event's day on")
    public RegistrationView checkIn(@PathParam("id") long id) {
        return registrations.checkIn(id);
    }

    @POST
    @Path("/{id}/no-show")
    @Operation(summary = "CONFIRMED or ATTENDED → NO_SHOW, from the event's day on")
    public RegistrationView noShow(@PathParam("id") long id) {
        return registrations.markNoShow(id);
    }
}
