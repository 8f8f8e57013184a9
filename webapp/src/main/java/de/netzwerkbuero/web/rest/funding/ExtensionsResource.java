package de.netzwerkbuero.web.rest.funding;

import de.netzwerkbuero.funding.api.ExtensionView;
import de.netzwerkbuero.funding.api.Extensions;
import de.netzwerkbuero.web.rest.Versions;
import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/** The office's decision on a requested extension of a grant period; both need If-Match. */
@Path("/extensions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "basic")
public class ExtensionsResource {

    /** {@code POST /extensions/{id}/reject}: why. */
    public record RejectInput(String note) {
    }

    @EJB
    private Extensions extensions;

    @POST
    @Path("/{id}/approve")
    @Operation(summary = "Approves the extension: the period end moves and open deadlines follow")
    public Response approve(@PathParam("id") long id, @Context HttpHeaders headers) {
        ExtensionView e = extensions.approve(id, Versions.fromIfMatch(headers));
        return Versions.ok(e, e.version()).build();
    }

    @POST
    @Path("/{id}/reject")
    public Response reject(@PathParam("id") long id, RejectInput input, @Context HttpHeaders headers) {
        ExtensionView e = extensions.reject(id, Versions.fromIfMatch(headers), input == null ? null : input.note());
        return Versions.ok(e, e.version()).build();
    }
}
