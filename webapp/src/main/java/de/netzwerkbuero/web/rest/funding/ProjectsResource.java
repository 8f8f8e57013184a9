package de.netzwerkbuero.web.rest.funding;

import de.netzwerkbuero.funding.api.AuditPackages;
import de.netzwerkbuero.funding.api.CostPlanLineInput;
import de.netzwerkbuero.funding.api.CostPlanLineView;
import de.netzwerkbuero.funding.api.DeadlineView;
import de.netzwerkbuero.funding.api.Deadlines;
import de.netzwerkbuero.funding.api.DisbursementInput;
import de.netzwerkbuero.funding.api.DisbursementView;
import de.netzwerkbuero.funding.api.ExpenditureInput;
import de.netzwerkbuero.funding.api.ExpenditureView;
import de.netzwerkbuero.funding.api.ExtensionInput;
import de.netzwerkbuero.funding.api.ExtensionView;
import de.netzwerkbuero.funding.api.Extensions;
import de.netzwerkbuero.funding.api.Finances;
import de.netzwerkbuero.funding.api.FlagView;
import de.netzwerkbuero.funding.api.MilestoneInput;
import de.netzwerkbuero.funding.api.MilestoneView;
import de.netzwerkbuero.funding.api.Milestones;
import de.netzwerkbuero.funding.api.NewReport;
import de.netzwerkbuero.funding.api.NumericalProof;
import de.netzwerkbuero.funding.api.ProjectAction;
import de.netzwerkbuero.funding.api.ProjectDetails;
import de.netzwerkbuero.funding.api.ProjectFilter;
import de.netzwerkbuero.funding.api.ProjectInput;
import de.netzwerkbuero.funding.api.ProjectStatus;
import de.netzwerkbuero.funding.api.ProjectView;
import de.netzwerkbuero.funding.api.Projects;
import de.netzwerkbuero.funding.api.ReportView;
import de.netzwerkbuero.funding.api.Reports;
import de.netzwerkbuero.funding.api.RuleOverrides;
import de.netzwerkbuero.platform.api.error.Violations;
import de.netzwerkbuero.platform.api.paging.Page;
import de.netzwerkbuero.web.rest.QueryValues;
import de.netzwerkbuero.web.rest.Created;
import de.netzwerkbuero.web.rest.PageParams;
import de.netzwerkbuero.web.rest.Versions;
import de.netzwerkbuero.web.rest.Downloads;
import jakarta.ejb.EJB;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

import java.net.URI;
import java.util.List;

/**
 * Funding projects and everything that belongs to one. A project lead sees only the projects they lead: any
 * other is a 404 (the facades decide), never data.
 */
@Path("/projects")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "basic")
public class ProjectsResource {

    /** {@code POST /projects/{id}/transitions}: APPROVE, START, END, CLOSE or CANCEL. */
    public record TransitionInput(ProjectAction action) {
    }

    /** {@code PUT /projects/{id}/cost-plan}: the whole cost plan. */
    public record CostPlanInput(List<CostPlanLineInput> lines) {
    }

    @EJB
    private Projects projects;
    @EJB
    private Deadlines deadlines;
    @EJB
    private Milestones milestones;
    @EJB
    private Reports reports;
    @EJB
    private Finances finances;
    @EJB
    private Extensions extensions;
    @EJB
    private AuditPackages auditPackages;

    @GET
    @Operation(summary = "Projects the caller may see; filters programId, status, lead, overdue; "
            + "sortable by title, fundingReference, periodStart, periodEnd, status, id")
    public Page<ProjectView> list(@QueryParam("programId") String programId, @QueryParam("status") String status,
                                  @QueryParam("lead") String lead, @QueryParam("overdue") String overdue,
                                  @BeanParam PageParams page) {
        Violations v = new Violations();
        ProjectFilter filter = new ProjectFilter(QueryValues.id(programId, "programId", v),
                QueryValues.constant(ProjectStatus.class, status, "status", v),
                lead == null || lead.isBlank() ? null : lead.trim(), QueryValues.bool(overdue, "overdue", v));
        v.throwIfAny();
        return projects.list(filter, page.toRequest());
    }

    @POST
    @Operation(summary = "Creates a DRAFT project (office) for an ACTIVE member")
    public Response create(ProjectInput input, @Context UriInfo uri) {
        ProjectView created = projects.create(Params.body(input));
        return Created.at(uri, created.id(), created);
    }

    @GET
    @Path("/{id}")
    public Response get(@PathParam("id") long id) {
        ProjectView p = projects.get(id);
        return Versions.ok(p, p.version()).build();
    }

    @PUT
    @Path("/{id}")
    @Operation(summary = "Replaces the project's data (office); needs If-Match")
    public Response update(@PathParam("id") long id, ProjectInput input, @Context HttpHeaders headers) {
        ProjectView p = projects.update(id, Versions.fromIfMatch(headers), Params.body(input));
        return Versions.ok(p, p.version()).build();
    }

    @GET
    @Path("/{id}/details")
    @Operation(summary = "Programme and grantee names, effective rules, overrides, attended events")
    public Response details(@PathParam("id") long id) {
        ProjectDetails d = projects.details(id);
        return Versions.ok(d, d.project().version()).build();
    }

    @POST
    @Path("/{id}/transitions")
    @Operation(summary = "A status change by the office; If-Match optional")
    public Response transition(@PathParam("id") long id, TransitionInput input, @Context HttpHeaders headers) {
        TransitionInput body = Params.body(input);
        new Violations().require(body.action() != null, "action", "required",
                "must be APPROVE, START, END, CLOSE or CANCEL").throwIfAny();
        ProjectView p = projects.transition(id, Params.versionForAction(headers, () -> projects.get(id).version()),
                body.action());
        return Versions.ok(p, p.version()).build();
    }

    @PUT
    @Path("/{id}/rule-overrides")
    @Operation(summary = "Where the grant notice departs from the rule set (office); needs If-Match")
    public Response overrideRules(@PathParam("id") long id, RuleOverrides input, @Context HttpHeaders headers) {
        ProjectView p = projects.overrideRules(id, Versions.fromIfMatch(headers),
                input == null ? RuleOverrides.none() : input);
        return Versions.ok(p, p.version()).build();
    }

    @GET
    @Path("/{id}/deadlines")
    @Operation(summary = "The project's deadlines by due date")
    public List<DeadlineView> deadlines(@PathParam("id") long id) {
        return deadlines.forProject(id);
    }

    @GET
    @Path("/{id}/milestones")
    public List<MilestoneView> milestones(@PathParam("id") long id) {
        return milestones.list(id);
    }

    @POST
    @Path("/{id}/milestones")
    @Operation(summary = "Plans a milestone inside the grant period (office)")
    public Response createMilestone(@PathParam("id") long id, MilestoneInput input, @Context UriInfo uri) {
        MilestoneView m = milestones.create(id, Params.body(input));
        return created(uri, "milestones", m.id(), m);
    }

    @GET
    @Path("/{id}/reports")
    public List<ReportView> reports(@PathParam("id") long id) {
        return reports.list(id);
    }

    @POST
    @Path("/{id}/reports")
    @Operation(summary = "Starts a report draft {kind, milestoneId?, fiscalYear?, text} (lead or office)")
    public Response createReport(@PathParam("id") long id, NewReport input, @Context UriInfo uri) {
        ReportView r = reports.createDraft(id, Params.body(input));
        return created(uri, "reports", r.id(), r);
    }

    @GET
    @Path("/{id}/disbursements")
    public List<DisbursementView> disbursements(@PathParam("id") long id) {
        return finances.disbursements(id);
    }

    @POST
    @Path("/{id}/disbursements")
    @Operation(summary = "Records a disbursement {amount, payoutOn, reference} (lead or office)")
    public Response createDisbursement(@PathParam("id") long id, DisbursementInput input, @Context UriInfo uri) {
        DisbursementView d = finances.recordDisbursement(id, Params.body(input));
        return Created.at(uri, d.id(), d);
    }

    @GET
    @Path("/{id}/expenditures")
    @Operation(summary = "Expenditures, sortable by spentOn, amount, category, id")
    public Page<ExpenditureView> expenditures(@PathParam("id") long id, @BeanParam PageParams page) {
        return finances.expenditures(id, page.toRequest());
    }

    @POST
    @Path("/{id}/expenditures")
    @Operation(summary = "Records an expenditure {spentOn, category, amount, receiptReference, description}")
    public Response createExpenditure(@PathParam("id") long id, ExpenditureInput input, @Context UriInfo uri) {
        ExpenditureView e = finances.recordExpenditure(id, Params.body(input));
        return Created.at(uri, e.id(), e);
    }

    @GET
    @Path("/{id}/cost-plan")
    public List<CostPlanLineView> costPlan(@PathParam("id") long id) {
        return finances.costPlan(id);
    }

    @PUT
    @Path("/{id}/cost-plan")
    @Operation(summary = "Replaces the cost plan {lines: [{category, year, amount}]} (office)")
    public List<CostPlanLineView> replaceCostPlan(@PathParam("id") long id, CostPlanInput input) {
        return finances.replaceCostPlan(id, Params.body(input).lines() == null ? List.of() : input.lines());
    }

    @GET
    @Path("/{id}/flags")
    @Operation(summary = "Financial flags: cost lines exceeded, funds not spent in time (with interest estimate)")
    public List<FlagView> flags(@PathParam("id") long id) {
        return finances.flags(id);
    }

    @GET
    @Path("/{id}/numerical-proof")
    @Operation(summary = "The numerical proof computed from the finances")
    public NumericalProof numericalProof(@PathParam("id") long id) {
        return finances.numericalProof(id);
    }

    @GET
    @Path("/{id}/extensions")
    public List<ExtensionView> extensions(@PathParam("id") long id) {
        return extensions.list(id);
    }

    @POST
    @Path("/{id}/extensions")
    @Operation(summary = "Requests an extension of the grant period {newPeriodEnd, reason, reference} (office)")
    public Response requestExtension(@PathParam("id") long id, ExtensionInput input, @Context UriInfo uri) {
        ExtensionView e = extensions.request(id, Params.body(input));
        return created(uri, "extensions", e.id(), e);
    }

    @GET
    @Path("/{id}/audit-package")
    @Produces("application/zip")
    @Operation(summary = "The audit package (auditors): report PDFs, finances CSV, audit-trail excerpt, SHA256SUMS")
    public Response auditPackage(@PathParam("id") long id) {
        // Asked before streaming, so that a refusal (403, 404) is still an ordinary problem response.
        String filename = auditPackages.filename(id);
        StreamingOutput body = out -> auditPackages.write(id, out);
        return Downloads.attachment(Response.ok(body, "application/zip"), filename).build();
    }

    /** 201 with the {@code Location} of the item's own resource ({@code /reports/5}), not a nested path. */
    private static Response created(UriInfo uri, String collection, long itemId, Object entity) {
        URI location = uri.getBaseUriBuilder().path(collection).path(String.valueOf(itemId)).build();
        return Response.created(location).entity(entity).build();
    }
}
