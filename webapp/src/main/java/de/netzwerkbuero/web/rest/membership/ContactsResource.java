package de.netzwerkbuero.web.rest.membership;

import de.netzwerkbuero.membership.api.ContactData;
import de.netzwerkbuero.membership.api.ContactView;
import de.netzwerkbuero.membership.api.Contacts;
import de.netzwerkbuero.membership.api.PersonalData;
import de.netzwerkbuero.platform.api.error.InvalidInputException;
import de.netzwerkbuero.web.rest.Versions;
import de.netzwerkbuero.web.rest.Downloads;
import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/** A contact person: read, change, and the DSGVO requests (export, Art. 15; erasure, Art. 17). */
@Path("/contacts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "basic")
public class ContactsResource {

    @EJB
    private Contacts contacts;

    @EJB
    private PersonalData personalData;

    @GET
    @Path("/{id}")
    public Response get(@PathParam("id") long id) {
        ContactView contact = contacts.get(id);
        return Versions.ok(contact, contact.version()).build();
    }

    @PUT
    @Path("/{id}")
    @Operation(summary = "Replaces the contact; needs If-Match with its version")
    public Response update(@PathParam("id") long id, ContactData input, @Context HttpHeaders headers) {
        long expected = Versions.fromIfMatch(headers);
        if (input == null) {
            throw InvalidInputException.of("body", "required", "must not be empty");
        }
        ContactView changed = contacts.update(id, expected, input);
        return Versions.ok(changed, changed.version()).build();
    }

    @GET
    @Path("/{id}/export")
    @Operation(summary = "Everything stored about the person as JSON (DSGVO Art. 15)")
    public Response export(@PathParam("id") long id) {
        return Downloads.attachment(Response.ok(personalData.exportContact(id), MediaType.APPLICATION_JSON_TYPE),
                "contact-" + id + ".json").build();
    }

    @POST
    @Path("/{id}/erasure")
    @Operation(summary = "Anonymises the person (DSGVO Art. 17); the record keeps its id for funding and event records")
    public ContactView erase(@PathParam("id") long id) {
        personalData.eraseContact(id);
        return contacts.get(id);
    }
}
