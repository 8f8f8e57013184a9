package de.netzwerkbuero.web.rest.funding;

import de.netzwerkbuero.funding.api.DeadlineFilter;
import de.netzwerkbuero.funding.api.DeadlineKind;
import de.netzwerkbuero.funding.api.DeadlineView;
import de.netzwerkbuero.funding.api.Deadlines;
import de.netzwerkbuero.platform.api.error.Violations;
import de.netzwerkbuero.platform.api.paging.Page;
import de.netzwerkbuero.web.rest.QueryValues;
import de.netzwerkbuero.web.rest.PageParams;
import jakarta.ejb.EJB;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

import java.time.LocalDate;

/** Deadlines over every project the caller may see (a lead: their own). */
@Path("/deadlines")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "basic")
public class DeadlinesResource {

    @EJB
    private Deadlines deadlines;

    @GET
    @Operation(summary = "Deadlines due between from and to (inclusive), overdue=true|false, projectId, kind; "
            + "sortable by dueOn (default), kind, projectId")
    public Page<DeadlineView> list(@QueryParam("from") String from, @QueryParam("to") String to,
                                   @QueryParam("overdue") String overdue, @QueryParam("projectId") String projectId,
                                   @QueryParam("kind") String kind, @BeanParam PageParams page) {
        Violations v = new Violations();
        LocalDate fromDate = QueryValues.date(from, "from", v);
        LocalDate toDate = QueryValues.date(to, "to", v);
        v.require(fromDate == null || toDate == null || !toDate.isBefore(fromDate), "to", "beforeFrom",
                "must not be before from");
        DeadlineFilter filter = new DeadlineFilter(fromDate, toDate, QueryValues.bool(overdue, "overdue", v),
                QueryValues.id(projectId, "projectId", v), QueryValues.constant(DeadlineKind.class, kind, "kind", v));
        v.throwIfAny();
        return deadlines.list(filter, page.toRequest());
    }
}
