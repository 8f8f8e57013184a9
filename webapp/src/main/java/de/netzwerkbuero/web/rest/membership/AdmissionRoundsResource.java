package de.netzwerkbuero.web.rest.membership;

import de.netzwerkbuero.membership.api.AdmissionRoundData;
import de.netzwerkbuero.membership.api.AdmissionRoundView;
import de.netzwerkbuero.membership.api.AdmissionRounds;
import de.netzwerkbuero.platform.api.error.InvalidInputException;
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

/** Admission rounds (Aufnahmetermine): list, create, change, open (prospects are told), close. */
@Path("/admission-rounds")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "basic")
public class AdmissionRoundsResource {

    @EJB
    private AdmissionRounds rounds;

    @GET
    @Operation(summary = "All rounds, latest date first")
    public List<AdmissionRoundView> list() {
        return rounds.list();
    }

    @POST
    @Operation(summary = "Creates a PLANNED round: date in the future, deadline not after it, capacity at least 1")
    public Response create(AdmissionRoundData input, @Context UriInfo uri) {
        if (input == null) {
            throw InvalidInputException.of("body", "required", "must not be empty");
        }
        AdmissionRoundView created = rounds.create(input);
        return Response.fromResponse(Created.at(uri, created.id(), created)).tag(Versions.etag(created.version())).build();
    }

    @GET
    @Path("/{id}")
    public Response get(@PathParam("id") long id) {
        AdmissionRoundView round = rounds.get(id);
        return Versions.ok(round, round.version()).build();
    }

    @PUT
    @Path("/{id}")
    @Operation(summary = "Changes date, deadline or capacity; needs If-Match with the round's version")
    public Response update(@PathParam("id") long id, AdmissionRoundData input, @Context HttpHeaders headers) {
        long expected = Versions.fromIfMatch(headers);
        if (input == null) {
            throw InvalidInputException.of("body", "required", "must not be empty");
        }
        AdmissionRoundView changed = rounds.update(id, expected, input);
        return Versions.ok(changed, changed.version()).build();
    }

    @POST
    @Path("/{id}/open")
    @Operation(summary = "Opens a planned round for admissions and mails every confirmed prospect")
    public Response open(@PathParam("id") long id) {
        AdmissionRoundView opened = rounds.open(id);
        return Versions.ok(opened, opened.version()).build();
    }

    @POST
    @Path("/{id}/close")
    public Response close(@PathParam("id") long id) {
        AdmissionRoundView closed = rounds.close(id);
        return Versions.ok(closed, closed.version()).build();
    }
}
