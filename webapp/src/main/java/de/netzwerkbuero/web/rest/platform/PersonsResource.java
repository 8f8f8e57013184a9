package de.netzwerkbuero.web.rest.platform;

import de.netzwerkbuero.platform.api.privacy.ErasureReport;
import de.netzwerkbuero.platform.api.privacy.ModuleOutcome;
import de.netzwerkbuero.platform.api.privacy.PersonRequests;
import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

import java.util.List;

/**
 * DSGVO requests about a person, found by e-mail address in every module (office): the export (Art. 15) and
 * the erasure (Art. 17).
 */
@Path("/persons")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "basic")
public class PersonsResource {

    /** The body of an erasure request. */
    public record ErasureInput(String email) {
    }

    /**
     * The outcome of an erasure: its reference (as in the audit trail) and what each module did. With
     * {@code complete: false} some module failed; its part can be redone by repeating the request.
     */
    public record ErasureAnswer(String erasureId, boolean complete, List<String> failedModules,
                                List<ModuleOutcome> modules) {

        static ErasureAnswer of(ErasureReport report) {
            return new ErasureAnswer(report.erasureId(), report.complete(), report.failedModules(), report.modules());
        }
    }

    @EJB
    private PersonRequests persons;

    @GET
    @Path("/export")
    @Operation(summary = "Everything stored about the address in every module, as one JSON document (DSGVO Art. 15)")
    public Response export(@QueryParam("email") String email) {
        return Response.ok(persons.export(email), MediaType.APPLICATION_JSON_TYPE)
                .header("Content-Disposition", "attachment; filename=\"person-export.json\"").build();
    }

    @POST
    @Path("/erasure")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Anonymises the person with this address in every module (DSGVO Art. 17); idempotent")
    public ErasureAnswer erase(ErasureInput input) {
        return ErasureAnswer.of(persons.erase(input == null ? null : input.email()));
    }
}
