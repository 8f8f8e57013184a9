package de.netzwerkbuero.web.rest.membership;

import de.netzwerkbuero.membership.api.MemberKind;
import de.netzwerkbuero.membership.api.MemberView;
import de.netzwerkbuero.membership.api.PersonalData;
import de.netzwerkbuero.membership.api.ProspectSignUp;
import de.netzwerkbuero.membership.api.ProspectStatus;
import de.netzwerkbuero.membership.api.ProspectView;
import de.netzwerkbuero.membership.api.Prospects;
import de.netzwerkbuero.platform.api.error.InvalidInputException;
import de.netzwerkbuero.platform.api.paging.Page;
import de.netzwerkbuero.platform.api.error.Violations;
import de.netzwerkbuero.web.rest.QueryValues;
import de.netzwerkbuero.web.rest.PageParams;
import de.netzwerkbuero.web.publicforms.ClientAddress;
import de.netzwerkbuero.web.publicforms.Honeypot;
import de.netzwerkbuero.web.publicforms.PublicForm;
import de.netzwerkbuero.web.publicforms.PublicFormThrottle;
import de.netzwerkbuero.web.rest.Downloads;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/**
 * Prospects. Signing up and confirming are public (double opt-in); the list, renewal, conversion and the DSGVO
 * requests are office work.
 */
@Path("/prospects")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ProspectsResource {

    /**
     * The public sign-up form; {@code website} is the honeypot and stays empty for people.
     */
    public record SignUpForm(String organisation, String ags, String contactName, String email, boolean consent,
                             String website) {

        ProspectSignUp toSignUp() {
            return new ProspectSignUp(organisation, ags, contactName, email, consent);
        }
    }

    /** The answer to a sign-up: it reveals nothing about whether the address was known. */
    public record SignUpReceived(String status) {
    }

    /** The body of a confirmation: the token of the mail's link. */
    public record Confirmation(String token) {
    }

    /** The answer to a confirmation link. */
    public record Confirmed(String status) {
    }

    /** The optional body of a conversion: the kind, else derived from the AGS. */
    public record ConversionInput(MemberKind kind) {
    }

    @EJB
    private Prospects prospects;

    @EJB
    private PersonalData personalData;

    @Inject
    private PublicFormThrottle throttle;

    @POST
    @Operation(summary = "Public sign-up {organisation, ags?, contactName, email, consent}; mails a confirmation "
            + "link. 202 with the same body whether or not the address is known; 429 with Retry-After when throttled")
    public Response signUp(SignUpForm input, @Context HttpServletRequest request) {
        if (input == null) {
            throw InvalidInputException.of("body", "required", "must not be empty");
        }
        throttle.admit(PublicForm.PROSPECT_SIGN_UP, ClientAddress.of(request), input.email());
        if (!Honeypot.caught(input.website())) {
            prospects.signUp(input.toSignUp());
        }
        // No Location and no id: the answer must not tell a known address from a new one.
        return Response.accepted(new SignUpReceived("PENDING_CONFIRMATION")).build();
    }

    @POST
    @Path("/confirm")
    @Operation(summary = "Public: confirms the address behind the token {token} of the confirmation mail. A POST, "
            + "so that mail scanners following the link confirm nothing")
    public Confirmed confirm(Confirmation input) {
        return new Confirmed(prospects.confirm(input == null ? null : input.token()).status().name());
    }

    /** Refuses explicitly: a link visit (a mail scanner's, too) must never confirm anybody. */
    @GET
    @Path("/confirm")
    @Operation(summary = "Not allowed (405): confirming is a POST")
    public Confirmed confirmByLink() {
        throw new NotAllowedException("POST");
    }

    @GET
    @SecurityRequirement(name = "basic")
    @Operation(summary = "Prospects for the office; status and q optional; sortable by signedUpAt, organisation, "
            + "email, status, expiresOn")
    public Page<ProspectView> list(@QueryParam("status") String status, @QueryParam("q") String q,
                                   @BeanParam PageParams page) {
        Violations violations = new Violations();
        ProspectStatus wanted = QueryValues.constant(ProspectStatus.class, status, "status", violations);
        violations.throwIfAny();
        return prospects.list(wanted, QueryValues.text(q), page.toRequest());
    }

    @GET
    @Path("/{id}")
    @SecurityRequirement(name = "basic")
    public ProspectView get(@PathParam("id") long id) {
        return prospects.get(id);
    }

    @POST
    @Path("/{id}/renewal")
    @SecurityRequirement(name = "basic")
    @Operation(summary = "Extends the record by the retention period")
    public ProspectView renew(@PathParam("id") long id) {
        return prospects.renew(id);
    }

    @POST
    @Path("/{id}/conversion")
    @SecurityRequirement(name = "basic")
    @Operation(summary = "Creates a member (status PROSPECT) with its contact person from the prospect")
    public Response convert(@PathParam("id") long id, ConversionInput input, @Context UriInfo uri) {
        MemberView member = prospects.convertToMember(id, input == null ? null : input.kind());
        return Response.created(uri.getBaseUriBuilder().path(MembersResource.class).path(String.valueOf(member.id()))
                .build()).entity(member).build();
    }

    @GET
    @Path("/{id}/export")
    @SecurityRequirement(name = "basic")
    @Operation(summary = "Everything stored about the prospect as JSON (DSGVO Art. 15)")
    public Response export(@PathParam("id") long id) {
        return Downloads.attachment(Response.ok(personalData.exportProspect(id), MediaType.APPLICATION_JSON_TYPE),
                "prospect-" + id + ".json").build();
    }

    @POST
    @Path("/{id}/erasure")
    @SecurityRequirement(name = "basic")
    @Operation(summary = "Anonymises the prospect (DSGVO Art. 17)")
    public ProspectView erase(@PathParam("id") long id) {
        personalData.eraseProspect(id);
        return prospects.get(id);
    }
}
