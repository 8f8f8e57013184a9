package de.netzwerkbuero.web.rest.funding;

import de.netzwerkbuero.funding.api.MilestoneInput;
import de.netzwerkbuero.funding.api.MilestoneView;
import de.netzwerkbuero.funding.api.Milestones;
import de.netzwerkbuero.web.rest.Versions;
import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/** One milestone: read by whoever sees its project, replanned by the office while it is OPEN. */
@Path("/milestones")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "basic")
public class MilestonesResource {

    @EJB
    private Milestones milestones;

    @GET
    @Path("/{id}")
    public Response get(@PathParam("id") long id) {
        MilestoneView m = milestones.get(id);
        return Versions.ok(m, m.version()).build();
    }

    @PUT
    @Path("/{id}")
    public Response update(@PathParam("id") long id, MilestoneInput input, @Context HttpHeaders headers) {
        MilestoneView m = milestones.update(id, Versions.fromIfMatch(headers), Params.body(input));
        return Versions.ok(m, m.version()).build();
    }
}
