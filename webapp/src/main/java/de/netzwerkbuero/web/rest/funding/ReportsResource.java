package de.netzwerkbuero.web.rest.funding;

import de.netzwerkbuero.funding.api.AttachmentView;
import de.netzwerkbuero.funding.api.FindingInput;
import de.netzwerkbuero.funding.api.FindingView;
import de.netzwerkbuero.funding.api.ReportVersionView;
import de.netzwerkbuero.funding.api.ReportView;
import de.netzwerkbuero.funding.api.Reports;
import de.netzwerkbuero.funding.api.ReviewDecision;
import de.netzwerkbuero.funding.api.Reviews;
import de.netzwerkbuero.platform.api.error.InvalidInputException;
import de.netzwerkbuero.platform.api.error.TooLargeException;
import de.netzwerkbuero.web.rest.Versions;
import de.netzwerkbuero.web.rest.Downloads;
import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

import java.io.InputStream;
import java.util.List;

/**
 * A report: edit the draft, attach PDFs, submit, review; read its immutable versions and findings. The
 * report's {@code version} is its ETag; actions take {@code If-Match} when the client sends it.
 */
@Path("/reports")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "basic")
public class ReportsResource {

    /** {@code PUT /reports/{id}}: the draft's text. */
    public record TextInput(String text) {
    }

    /** {@code POST /reports/{id}/review}: {@code {decision: ACCEPT|RETURN, findings: [{severity, text}]}}. */
    public record ReviewInput(ReviewDecision decision, List<FindingInput> findings) {
    }

    @EJB
    private Reports reports;
    @EJB
    private Reviews reviews;

    @GET
    @Path("/{id}")
    public Response get(@PathParam("id") long id) {
        ReportView r = reports.get(id);
        return Versions.ok(r, r.version()).build();
    }

    @PUT
    @Path("/{id}")
    @Operation(summary = "Edits the working text while DRAFT or RETURNED; needs If-Match")
    public Response editText(@PathParam("id") long id, TextInput input, @Context HttpHeaders headers) {
        ReportView r = reports.editText(id, Versions.fromIfMatch(headers), Params.body(input).text());
        return Versions.ok(r, r.version()).build();
    }

    @POST
    @Path("/{id}/submit")
    @Operation(summary = "Submits the working copy as a new immutable version with its SHA-256")
    public Response submit(@PathParam("id") long id, @Context HttpHeaders headers) {
        ReportView r = reports.submit(id, Params.versionForAction(headers, () -> reports.get(id).version()));
        return Versions.ok(r, r.version()).build();
    }

    @POST
    @Path("/{id}/review")
    @Operation(summary = "Decides a submitted report (auditors): ACCEPT, or RETURN with at least one finding")
    public Response review(@PathParam("id") long id, ReviewInput input, @Context HttpHeaders headers) {
        ReviewInput body = Params.body(input);
        ReportView r = reviews.decide(id, Params.versionForAction(headers, () -> reports.get(id).version()),
                body.decision(), body.findings() == null ? List.of() : body.findings());
        return Versions.ok(r, r.version()).build();
    }

    @GET
    @Path("/{id}/findings")
    public List<FindingView> findings(@PathParam("id") long id) {
        return reviews.findings(id);
    }

    @GET
    @Path("/{id}/versions")
    @Operation(summary = "Every submitted version, oldest first, with attachments and findings")
    public List<ReportVersionView> versions(@PathParam("id") long id) {
        return reports.versions(id);
    }

    @GET
    @Path("/{id}/versions/{number}")
    public ReportVersionView version(@PathParam("id") long id, @PathParam("number") int number) {
        return reports.version(id, number);
    }

    @GET
    @Path("/{id}/versions/{number}/pdf")
    @Produces("application/pdf")
    public Response versionPdf(@PathParam("id") long id, @PathParam("number") int number) {
        byte[] pdf = reports.versionPdf(id, number);
        return Downloads.inline(Response.ok(pdf, "application/pdf"), "report-" + id + "-v" + number + ".pdf").build();
    }

    @POST
    @Path("/{id}/attachments")
    @Consumes("application/pdf")
    @Operation(summary = "Attaches a PDF sent as the body (at most 10 MB); ?filename= names it")
    public Response attachPdf(@PathParam("id") long id, @QueryParam("filename") String filename,
                              @HeaderParam("Content-Length") Long length, InputStream body, @Context UriInfo uri) {
        refuseIfTooLarge(length);
        return attached(uri, reports.attach(id, filename == null ? "attachment.pdf" : filename, body));
    }

    @POST
    @Path("/{id}/attachments")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Attaches a PDF sent as the multipart field \"file\" (at most 10 MB)")
    public Response attachMultipart(@PathParam("id") long id, @FormParam("file") EntityPart file,
                                    @HeaderParam("Content-Length") Long length, @Context UriInfo uri) {
        if (file == null) {
            throw InvalidInputException.of("file", "required", "must contain the PDF in the field \"file\"");
        }
        refuseIfTooLarge(length);
        return attached(uri, reports.attach(id, file.getFileName().orElse("attachment.pdf"), file.getContent()));
    }

    @GET
    @Path("/{id}/attachments/{attachmentId}")
    @Produces("application/pdf")
    public Response attachment(@PathParam("id") long id, @PathParam("attachmentId") long attachmentId) {
        AttachmentView a = reports.attachment(attachmentId);
        if (a.reportId() != id) {
            throw new de.netzwerkbuero.platform.api.error.NotFoundException("Attachment", attachmentId);
        }
        StreamingOutput body = out -> reports.writeAttachment(attachmentId, out);
        return Downloads.attachment(Response.ok(body, "application/pdf"), a.filename())
                .header("Digest", "sha-256=" + a.sha256()).build();
    }

    @DELETE
    @Path("/{id}/attachments/{attachmentId}")
    @Operation(summary = "Removes an attachment from the working copy; submitted versions keep theirs")
    public Response removeAttachment(@PathParam("id") long id, @PathParam("attachmentId") long attachmentId) {
        AttachmentView a = reports.attachment(attachmentId);
        if (a.reportId() != id) {
            throw new de.netzwerkbuero.platform.api.error.NotFoundException("Attachment", attachmentId);
        }
        reports.removeAttachment(attachmentId);
        return Response.noContent().build();
    }

    private static void refuseIfTooLarge(Long length) {
        // A declared length above the limit is refused before reading; the facade counts the bytes anyway.
        if (length != null && length > Reports.MAX_ATTACHMENT_BYTES + 64 * 1024) {
            throw new TooLargeException(Reports.MAX_ATTACHMENT_BYTES);
        }
    }

    private static Response attached(UriInfo uri, AttachmentView a) {
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(a.id())).build()).entity(a).build();
    }
}
