package de.netzwerkbuero.web.rest.events;

import de.netzwerkbuero.events.api.AgendaItemInput;
import de.netzwerkbuero.events.api.AgendaItemView;
import de.netzwerkbuero.events.api.EventCalendar;
import de.netzwerkbuero.events.api.EventInput;
import de.netzwerkbuero.events.api.EventView;
import de.netzwerkbuero.events.api.Events;
import de.netzwerkbuero.events.api.NewRegistration;
import de.netzwerkbuero.events.api.ParticipantExports;
import de.netzwerkbuero.events.api.RegistrationView;
import de.netzwerkbuero.events.api.Registrations;
import de.netzwerkbuero.platform.api.Roles;
import de.netzwerkbuero.platform.api.paging.Page;
import de.netzwerkbuero.web.rest.Created;
import de.netzwerkbuero.web.rest.PageParams;
import de.netzwerkbuero.web.rest.Versions;
import de.netzwerkbuero.web.publicforms.ClientAddress;
import de.netzwerkbuero.web.publicforms.Honeypot;
import de.netzwerkbuero.web.publicforms.PublicForm;
import de.netzwerkbuero.web.publicforms.PublicFormThrottle;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

import java.util.List;

/**
 * Events for the office (reading also for auditors and project leads where the facade allows): list, create,
 * change with If-Match, lifecycle actions, agenda, registrations, the event's calendar file and its
 * participant exports.
 */
@Path("/events")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "basic")
public class EventsResource {

    /** The body of a cancellation; the reason is optional and goes into the mails. */
    public record CancelInput(String reason) {
    }

    /** The body of a registration: a member's contact or a guest (DESIGN.md field names). */
    public record RegistrationInput(Long memberId, Long contactId, String firstName, String lastName, String email,
                                    String organisation, String website) {

        NewRegistration toNew() {
            return new NewRegistration(memberId, contactId, firstName, lastName, email, organisation);
        }
    }

    /** The answer to a self-registration: it tells nothing about who is registered. */
    public record RegistrationReceived(String status) {
    }

    @EJB
    private Events events;

    @Inject
    private PublicFormThrottle throttle;

    @EJB
    private Registrations registrations;

    @EJB
    private EventCalendar calendar;

    @EJB
    private ParticipantExports exports;

    @GET
    @Operation(summary = "Events; filters type, status, from, to (YYYY-MM-DD), q, projectId; "
            + "sortable by startsAt, title, type, status, capacity")
    public Page<EventView> list(@QueryParam("type") String type, @QueryParam("status") String status,
                                @QueryParam("from") String from, @QueryParam("to") String to,
                                @QueryParam("q") String q, @QueryParam("projectId") String projectId,
                                @BeanParam PageParams page) {
        return events.list(Queries.events(type, status, from, to, q, projectId), page.toRequest());
    }

    @POST
    @Operation(summary = "Creates a DRAFT event")
    public Response create(EventInput input, @Context UriInfo uri) {
        EventView created = events.create(input);
        return Response.fromResponse(Created.at(uri, created.id(), created)).tag(Versions.etag(created.version()))
                .build();
    }

    @GET
    @Path("/{id}")
    public Response get(@PathParam("id") long id) {
        EventView event = events.get(id);
        return Versions.ok(event, event.version()).build();
    }

    @PUT
    @Path("/{id}")
    @Operation(summary = "Changes the event; needs If-Match with the event's version")
    public Response update(@PathParam("id") long id, EventInput input, @Context HttpHeaders headers) {
        EventView changed = events.update(id, Versions.fromIfMatch(headers), input);
        return Versions.ok(changed, changed.version()).build();
    }

    @POST
    @Path("/{id}/publish")
    @Operation(summary = "DRAFT → PUBLISHED")
    public Response publish(@PathParam("id") long id) {
        return answer(events.publish(id));
    }

    @POST
    @Path("/{id}/close")
    @Operation(summary = "PUBLISHED → REGISTRATION_CLOSED")
    public Response close(@PathParam("id") long id) {
        return answer(events.closeRegistration(id));
    }

    @POST
    @Path("/{id}/complete")
    @Operation(summary = "PUBLISHED or REGISTRATION_CLOSED → COMPLETED, once the event has started")
    public Response complete(@PathParam("id") long id) {
        return answer(events.complete(id));
    }

    @POST
    @Path("/{id}/cancel")
    @Operation(summary = "Cancels the event and every registration; registrants are told by mail")
    public Response cancel(@PathParam("id") long id, CancelInput input) {
        return answer(events.cancel(id, input == null ? null : input.reason()));
    }

    @GET
    @Path("/{id}/agenda")
    public List<AgendaItemView> agenda(@PathParam("id") long id) {
        return events.agenda(id);
    }

    @POST
    @Path("/{id}/agenda")
    public Response addAgendaItem(@PathParam("id") long id, AgendaItemInput item, @Context UriInfo uri) {
        AgendaItemView added = events.addAgendaItem(id, item);
        return Created.at(uri, added.id(), added);
    }

    @PUT
    @Path("/{id}/agenda/{itemId}")
    public AgendaItemView updateAgendaItem(@PathParam("id") long id, @PathParam("itemId") long itemId,
                                           AgendaItemInput item) {
        return events.updateAgendaItem(id, itemId, item);
    }

    @DELETE
    @Path("/{id}/agenda/{itemId}")
    public Response removeAgendaItem(@PathParam("id") long id, @PathParam("itemId") long itemId) {
        events.removeAgendaItem(id, itemId);
        return Response.noContent().build();
    }

    @GET
    @Path("/{id}/registrations")
    @Operation(summary = "Registrations; filters status, q; sortable by registeredAt, lastName, status, organisation")
    public Page<RegistrationView> registrations(@PathParam("id") long id, @QueryParam("status") String status,
                                                @QueryParam("q") String q, @BeanParam PageParams page) {
        return registrations.list(id, Queries.registrations(status, q), page.toRequest());
    }

    @POST
    @Path("/{id}/registrations")
    @Operation(summary = "Registers a person. The office registers anyone: 201 with status CONFIRMED, or "
            + "WAITLISTED with waitlistPosition. Everyone else registers themselves where audience and window allow: "
            + "202 {status: RECEIVED}, the same for a new and an already registered address (the outcome comes by "
            + "mail); 429 with Retry-After when throttled")
    public Response register(@PathParam("id") long id, RegistrationInput input, @Context SecurityContext security,
                             @Context UriInfo uri, @Context HttpServletRequest request) {
        NewRegistration registration = input == null ? null : input.toNew();
        if (!security.isUserInRole(Roles.OFFICE)) {
            throttle.admit(PublicForm.EVENT_REGISTRATION, ClientAddress.of(request),
                    input == null ? null : input.email());
            if (!Honeypot.caught(input == null ? null : input.website())) {
                registrations.registerSelf(id, registration);
            }
            return Response.accepted(new RegistrationReceived("RECEIVED")).build();
        }
        RegistrationView created = registrations.register(id, registration);
        return Response.created(uri.getBaseUriBuilder().path("registrations").path(String.valueOf(created.id())).build())
                .entity(created).build();
    }

    @GET
    @Path("/{id}/ics")
    @Produces(EventCalendar.CONTENT_TYPE)
    @Operation(summary = "The event as an iCalendar file (RFC 5545, Europe/Berlin); public unless a draft")
    public Response ics(@PathParam("id") long id) {
        return Downloads.of(calendar.event(id), true);
    }

    @GET
    @Path("/{id}/participants.csv")
    @Produces("text/csv")
    public Response csv(@PathParam("id") long id) {
        return Downloads.of(exports.csv(id), true);
    }

    @GET
    @Path("/{id}/participants.xlsx")
    @Produces("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    public Response xlsx(@PathParam("id") long id) {
        return Downloads.of(exports.xlsx(id), true);
    }

    @GET
    @Path("/{id}/sign-in-sheet.pdf")
    @Produces("application/pdf")
    @Operation(summary = "The PDF sign-in sheet (proof of attendance for funding)")
    public Response signInSheet(@PathParam("id") long id) {
        return Downloads.of(exports.signInSheet(id), true);
    }

    private static Response answer(EventView event) {
        return Versions.ok(event, event.version()).build();
    }
}
