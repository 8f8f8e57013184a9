package de.netzwerkbuero.web.rest.membership;

import de.netzwerkbuero.membership.api.Profiles;
import de.netzwerkbuero.membership.api.PublicProfile;
import de.netzwerkbuero.platform.api.error.NotFoundException;
import jakarta.ejb.EJB;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.util.List;

/** The published profiles of active members, open to anyone. */
@Path("/public/profiles")
@Produces(MediaType.APPLICATION_JSON)
public class PublicProfilesResource {

    @EJB
    private Profiles profiles;

    @GET
    @Operation(summary = "Public: every published profile of an ACTIVE member, by name")
    public List<PublicProfile> list() {
        return profiles.published();
    }

    @GET
    @Path("/{memberId}")
    @Operation(summary = "Public: one published profile")
    public PublicProfile get(@PathParam("memberId") long memberId) {
        return profiles.published(memberId).orElseThrow(() -> new NotFoundException("Profile", memberId));
    }
}
