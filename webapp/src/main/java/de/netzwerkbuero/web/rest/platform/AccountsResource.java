package de.netzwerkbuero.web.rest.platform;

import de.netzwerkbuero.platform.api.account.AccountView;
import de.netzwerkbuero.platform.api.account.Accounts;
import de.netzwerkbuero.platform.api.account.NewAccount;
import de.netzwerkbuero.platform.api.error.InvalidInputException;
import de.netzwerkbuero.platform.api.account.SecondFactor;
import de.netzwerkbuero.platform.api.paging.Page;
import de.netzwerkbuero.web.rest.Created;
import de.netzwerkbuero.web.rest.PageParams;
import de.netzwerkbuero.web.rest.Versions;
import jakarta.ejb.EJB;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

import java.util.Set;

/** User accounts for administrators: list, create, roles, enable/disable, password and one-time password reset. */
@Path("/accounts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "basic")
public class AccountsResource {

    /** The body of a new account. */
    public record AccountInput(String username, String displayName, String email, Set<String> roles, String password) {
    }

    public record RolesInput(Set<String> roles) {
    }

    public record EnabledInput(boolean enabled) {
    }

    public record PasswordInput(String password) {
    }

    @EJB
    private Accounts accounts;

    @EJB
    private SecondFactor secondFactor;

    @GET
    @Operation(summary = "Accounts, sortable by username, displayName, createdAt")
    public Page<AccountView> list(@BeanParam PageParams page) {
        return accounts.list(page.toRequest());
    }

    @GET
    @Path("/{username}")
    public Response get(@PathParam("username") String username) {
        AccountView account = accounts.get(username);
        return Versions.ok(account, account.version()).build();
    }

    @POST
    public Response create(AccountInput input, @Context UriInfo uri) {
        AccountInput body = input == null ? new AccountInput(null, null, null, null, null) : input;
        refuseNullRole(body.roles());
        AccountView created = accounts.create(new NewAccount(body.username(), body.displayName(), body.email(),
                body.roles(), body.password() == null ? new char[0] : body.password().toCharArray()));
        return Created.at(uri, created.username(), created);
    }

    @PUT
    @Path("/{username}/roles")
    @Operation(summary = "Replaces the roles; needs If-Match with the account's version")
    public Response setRoles(@PathParam("username") String username, RolesInput input, @Context HttpHeaders headers) {
        refuseNullRole(input == null ? null : input.roles());
        AccountView changed = accounts.setRoles(username, input == null ? Set.of() : input.roles(),
                Versions.fromIfMatch(headers));
        return Versions.ok(changed, changed.version()).build();
    }

    @PUT
    @Path("/{username}/enabled")
    public Response setEnabled(@PathParam("username") String username, EnabledInput input, @Context HttpHeaders headers) {
        AccountView changed = accounts.setEnabled(username, input != null && input.enabled(),
                Versions.fromIfMatch(headers));
        return Versions.ok(changed, changed.version()).build();
    }

    /** {@code "roles": [null]} names no role; refused before it reaches the immutable sets of the facade. */
    private static void refuseNullRole(Set<String> roles) {
        if (roles != null && roles.contains(null)) {
            throw InvalidInputException.of("roles", "unknownRole", "unknown role null");
        }
    }

    @POST
    @Path("/{username}/password")
    public Response resetPassword(@PathParam("username") String username, PasswordInput input) {
        accounts.resetPassword(username, input == null || input.password() == null ? new char[0]
                : input.password().toCharArray());
        return Response.noContent().build();
    }

    @DELETE
    @Path("/{username}/totp")
    @Operation(summary = "Removes the account's one-time password (a lost device) and ends its sessions")
    public Response resetTotp(@PathParam("username") String username) {
        secondFactor.reset(username);
        return Response.noContent().build();
    }
}
