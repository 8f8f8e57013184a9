package de.netzwerkbuero.web.rest.membership;

import de.netzwerkbuero.membership.api.ApplicationView;
import de.netzwerkbuero.membership.api.ContactData;
import de.netzwerkbuero.membership.api.ContactView;
import de.netzwerkbuero.membership.api.Contacts;
import de.netzwerkbuero.membership.api.HistoryEntry;
import de.netzwerkbuero.membership.api.MemberData;
import de.netzwerkbuero.membership.api.MemberFilter;
import de.netzwerkbuero.membership.api.MemberKind;
import de.netzwerkbuero.membership.api.MemberStatus;
import de.netzwerkbuero.membership.api.MemberView;
import de.netzwerkbuero.membership.api.Members;
import de.netzwerkbuero.membership.api.NewMember;
import de.netzwerkbuero.membership.api.ProfileData;
import de.netzwerkbuero.membership.api.ProfileView;
import de.netzwerkbuero.membership.api.Profiles;
import de.netzwerkbuero.platform.api.error.InvalidInputException;
import de.netzwerkbuero.platform.api.paging.Page;
import de.netzwerkbuero.platform.api.error.Violations;
import de.netzwerkbuero.web.rest.QueryValues;
import de.netzwerkbuero.web.rest.Created;
import de.netzwerkbuero.web.rest.PageParams;
import de.netzwerkbuero.web.rest.Versions;
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
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

import java.util.List;

/** Member organisations for the office: list, create, master data, workflow, application, history, contacts, profile. */
@Path("/members")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "basic")
public class MembersResource {

    /** The body of {@code POST /members/{id}/transitions}: reason for reject, suspend, resign; a round for admit. */
    public record TransitionInput(String action, String reason, Long admissionRoundId) {
    }

    /** What {@code GET /members/{id}/transitions} answers: the actions the workflow allows now. */
    public record AllowedActions(long memberId, MemberStatus status, List<String> actions) {
    }

    @EJB
    private Members members;

    @EJB
    private Contacts contacts;

    @EJB
    private Profiles profiles;

    @GET
    @Operation(summary = "Members, filtered by status, state, kind and q (part of the name or beginning of the AGS); "
            + "sortable by name, ags, status, state, joinedOn")
    public Page<MemberView> list(@QueryParam("status") String status, @QueryParam("state") String state,
                                 @QueryParam("kind") String kind, @QueryParam("q") String q,
                                 @BeanParam PageParams page) {
        Violations violations = new Violations();
        MemberFilter filter = new MemberFilter(QueryValues.constant(MemberStatus.class, status, "status", violations),
                QueryValues.text(state), QueryValues.constant(MemberKind.class, kind, "kind", violations),
                QueryValues.text(q));
        violations.throwIfAny();
        return members.list(filter, page.toRequest());
    }

    @POST
    @Operation(summary = "Creates a member in status PROSPECT; KOMMUNE needs an 8-digit AGS, LANDKREIS a 5-digit key")
    public Response create(NewMember input, @Context UriInfo uri) {
        MemberView created = members.create(input);
        return Response.fromResponse(Created.at(uri, created.id(), created)).tag(Versions.etag(created.version())).build();
    }

    @GET
    @Path("/{id}")
    public Response get(@PathParam("id") long id) {
        MemberView member = members.get(id);
        return Versions.ok(member, member.version()).build();
    }

    @PUT
    @Path("/{id}")
    @Operation(summary = "Replaces the master data; needs If-Match with the member's version")
    public Response update(@PathParam("id") long id, MemberData input, @Context HttpHeaders headers) {
        long expected = Versions.fromIfMatch(headers);
        MemberView changed = members.update(id, expected, input);
        return Versions.ok(changed, changed.version()).build();
    }

    @GET
    @Path("/{id}/transitions")
    @Operation(summary = "The workflow actions allowed now")
    public AllowedActions allowed(@PathParam("id") long id) {
        MemberView member = members.get(id);
        return new AllowedActions(id, member.status(), members.allowedActions(id));
    }

    @POST
    @Path("/{id}/transitions")
    @Operation(summary = "Runs a workflow action (apply, review, admit, reject, withdraw, suspend, resume, resign); "
            + "409 when the workflow forbids it")
    public Response transition(@PathParam("id") long id, TransitionInput input) {
        if (input == null || input.action() == null || input.action().isBlank()) {
            throw InvalidInputException.of("action", "required", "must not be empty");
        }
        MemberView changed = members.transition(id, input.action().trim(), input.reason(), input.admissionRoundId());
        return Versions.ok(changed, changed.version()).build();
    }

    @GET
    @Path("/{id}/application")
    public ApplicationView application(@PathParam("id") long id) {
        return members.application(id);
    }

    @PUT
    @Path("/{id}/application")
    @Operation(summary = "Replaces the application, including the pre-selection and the get-to-know meeting")
    public ApplicationView saveApplication(@PathParam("id") long id, ApplicationView input) {
        return members.saveApplication(id, input);
    }

    @GET
    @Path("/{id}/history")
    public List<HistoryEntry> history(@PathParam("id") long id) {
        return members.history(id);
    }

    @GET
    @Path("/{id}/contacts")
    public List<ContactView> contacts(@PathParam("id") long id) {
        return contacts.list(id);
    }

    @POST
    @Path("/{id}/contacts")
    public Response addContact(@PathParam("id") long id, ContactData input, @Context UriInfo uri) {
        if (input == null) {
            throw InvalidInputException.of("body", "required", "must not be empty");
        }
        ContactView created = contacts.add(id, input);
        return Response.created(uri.getBaseUriBuilder().path(ContactsResource.class).path(String.valueOf(created.id()))
                .build()).entity(created).tag(Versions.etag(created.version())).build();
    }

    @GET
    @Path("/{id}/profile")
    public Response profile(@PathParam("id") long id) {
        ProfileView profile = profiles.get(id);
        return Versions.ok(profile, profile.version()).build();
    }

    @PUT
    @Path("/{id}/profile")
    @Operation(summary = "Saves the profile draft; If-Match with its version (0 before the first save)")
    public Response saveProfile(@PathParam("id") long id, ProfileData input, @Context HttpHeaders headers) {
        long expected = Versions.fromIfMatch(headers);
        if (input == null) {
            throw InvalidInputException.of("body", "required", "must not be empty");
        }
        ProfileView saved = profiles.save(id, expected, input);
        return Versions.ok(saved, saved.version()).build();
    }

    @POST
    @Path("/{id}/profile/publish")
    @Operation(summary = "Publishes the draft; 409 unless the member is ACTIVE")
    public ProfileView publish(@PathParam("id") long id) {
        return profiles.publish(id);
    }

    @POST
    @Path("/{id}/profile/unpublish")
    public ProfileView unpublish(@PathParam("id") long id) {
        return profiles.unpublish(id);
    }
}
