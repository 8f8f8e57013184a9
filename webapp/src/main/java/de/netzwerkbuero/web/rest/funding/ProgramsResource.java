package de.netzwerkbuero.web.rest.funding;

import de.netzwerkbuero.funding.api.ProgramInput;
import de.netzwerkbuero.funding.api.ProgramView;
import de.netzwerkbuero.funding.api.Programs;
import de.netzwerkbuero.funding.api.RuleSetView;
import de.netzwerkbuero.funding.api.RuleSets;
import de.netzwerkbuero.web.rest.Created;
import de.netzwerkbuero.web.rest.Versions;
import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

import java.util.List;

/** Funding programmes (read by funding's roles, maintained by the office) and the rule sets in force. */
@Path("/programs")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "basic")
public class ProgramsResource {

    @EJB
    private Programs programs;
    @EJB
    private RuleSets ruleSets;

    @GET
    @Operation(summary = "All programmes by name: id, name, funder, legalBasis, durationMonths, stages")
    public List<ProgramView> list() {
        return programs.list();
    }

    @POST
    @Operation(summary = "Creates a programme (office); durationMonths defaults to 24")
    public Response create(ProgramInput input, @Context UriInfo uri) {
        ProgramView created = programs.create(Params.body(input));
        return Created.at(uri, created.id(), created);
    }

    @GET
    @Path("/{id}")
    public Response get(@PathParam("id") long id) {
        ProgramView p = programs.get(id);
        return Versions.ok(p, p.version()).build();
    }

    @PUT
    @Path("/{id}")
    @Operation(summary = "Replaces a programme (office); needs If-Match")
    public Response update(@PathParam("id") long id, ProgramInput input, @Context HttpHeaders headers) {
        ProgramView p = programs.update(id, Versions.fromIfMatch(headers), Params.body(input));
        return Versions.ok(p, p.version()).build();
    }

    @GET
    @Path("/rule-sets")
    @Operation(summary = "The current deadline rule set of each legal basis")
    public List<RuleSetView> ruleSets() {
        return ruleSets.current();
    }
}
