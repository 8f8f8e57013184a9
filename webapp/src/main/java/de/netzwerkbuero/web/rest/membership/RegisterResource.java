package de.netzwerkbuero.web.rest.membership;

import de.netzwerkbuero.membership.api.ImportProgress;
import de.netzwerkbuero.membership.api.MunicipalityRegister;
import de.netzwerkbuero.membership.api.RegisterEntry;
import de.netzwerkbuero.membership.api.RegisterImportResult;
import de.netzwerkbuero.membership.api.RegisterStatus;
import de.netzwerkbuero.platform.api.error.NotFoundException;
import jakarta.ejb.EJB;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

import java.util.List;

/**
 * The official municipality register: search (for autocompletes), look-up by key, status, and the import of the
 * register shipped with the application (office or admin; idempotent).
 */
@Path("/register")
@Produces(MediaType.APPLICATION_JSON)
public class RegisterResource {

    @EJB
    private MunicipalityRegister register;

    @GET
    @Operation(summary = "Municipalities and districts whose name contains q (digits: key prefix)")
    public List<RegisterEntry> search(@QueryParam("q") String q, @QueryParam("limit") @DefaultValue("10") int limit) {
        return register.search(q, limit);
    }

    @GET
    @Path("/status")
    public RegisterStatus status() {
        return register.status();
    }

    @GET
    @Path("/{key}")
    @Operation(summary = "A municipality by 8-digit AGS or a district by 5-digit key")
    public RegisterEntry find(@PathParam("key") String key) {
        return register.find(key).orElseThrow(() -> new NotFoundException("Register entry", key));
    }

    @POST
    @Path("/import")
    @SecurityRequirement(name = "basic")
    @Operation(summary = "Imports the bundled register (office or admin); a re-import changes only what changed")
    public RegisterImportResult importBundled() {
        return register.importBundled(ImportProgress.NONE);
    }
}
