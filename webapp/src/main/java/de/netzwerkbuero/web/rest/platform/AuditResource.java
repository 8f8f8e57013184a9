package de.netzwerkbuero.web.rest.platform;

import de.netzwerkbuero.platform.api.audit.AuditCheckpoint;
import de.netzwerkbuero.platform.api.audit.AuditCheckpoints;
import de.netzwerkbuero.platform.api.audit.AuditLog;
import de.netzwerkbuero.platform.api.audit.AuditQuery;
import de.netzwerkbuero.platform.api.audit.AuditSlice;
import de.netzwerkbuero.platform.api.audit.AuditVerification;
import de.netzwerkbuero.platform.api.csv.CsvWriter;
import de.netzwerkbuero.platform.api.error.Violations;
import de.netzwerkbuero.web.rest.Downloads;
import jakarta.ejb.EJB;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * The audit trail for auditors and administrators: keyset pages, verification, a streamed CSV export, and the
 * checkpoints of the chain head kept outside the database.
 */
@Path("/audit")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "basic")
public class AuditResource {

    @EJB
    private AuditLog audit;

    @EJB
    private AuditCheckpoints checkpoints;

    /** Newest first; pass {@code nextBeforeId} of a page as {@code beforeId} to get the next one. */
    @GET
    @Operation(summary = "Audit entries, newest first, with keyset paging")
    public AuditSlice list(@QueryParam("actor") String actor, @QueryParam("entityType") String entityType,
                           @QueryParam("entityId") String entityId, @QueryParam("action") String action,
                           @QueryParam("from") String from, @QueryParam("to") String to,
                           @QueryParam("beforeId") Long beforeId, @QueryParam("size") @DefaultValue("50") int size) {
        return audit.read(query(actor, entityType, entityId, action, from, to, beforeId, size));
    }

    @GET
    @Path("/verification")
    @Operation(summary = "Checks the hash chain and names the first broken entry")
    public AuditVerification verification() {
        return audit.verify();
    }

    @GET
    @Path("/checkpoints")
    @Operation(summary = "The checkpoints of the chain head kept outside the database, newest first")
    public List<AuditCheckpoint> checkpoints() {
        return checkpoints.list();
    }

    /** Takes a checkpoint now (no body): chains what is pending, writes the head to the log, mails the auditors. */
    @POST
    @Path("/checkpoints")
    @Operation(summary = "Takes a checkpoint of the chain head now")
    public Response checkpoint() {
        return Response.status(Response.Status.CREATED).entity(checkpoints.take()).build();
    }

    @GET
    @Path("/export")
    @Produces("text/csv")
    @Operation(summary = "Every matching entry as CSV, streamed in id order")
    public Response export(@QueryParam("actor") String actor, @QueryParam("entityType") String entityType,
                           @QueryParam("entityId") String entityId, @QueryParam("action") String action,
                           @QueryParam("from") String from, @QueryParam("to") String to) {
        AuditQuery filters = query(actor, entityType, entityId, action, from, to, null, AuditQuery.MAX_LIMIT);
        StreamingOutput body = out -> {
            // Rows go through the writer's 64 KiB buffer to the response as they come: memory stays bounded.
            CsvWriter csv = CsvWriter.comma(
                    new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16));
            csv.row("id", "at", "actor", "action", "entityType", "entityId", "position", "hash", "previousHash",
                    "changes");
            audit.export(filters, e -> csv.row(e.id(), e.at(), e.actor(), e.action(), e.entityType(), e.entityId(),
                    e.position(), e.hash(), e.previousHash(), e.changes().toString()));
            csv.flush();
        };
        return Downloads.attachment(Response.ok(body, "text/csv; charset=UTF-8"), "audit.csv").build();
    }

    private static AuditQuery query(String actor, String entityType, String entityId, String action, String from,
                                    String to, Long beforeId, int size) {
        Violations violations = new Violations();
        violations.require(size >= 1 && size <= AuditQuery.MAX_LIMIT, "size", "size",
                "must be from 1 to " + AuditQuery.MAX_LIMIT);
        OffsetDateTime fromAt = instant(from, "from", violations);
        OffsetDateTime toAt = instant(to, "to", violations);
        violations.throwIfAny();
        return new AuditQuery(actor, entityType, entityId, action, fromAt, toAt, beforeId, size);
    }

    private static OffsetDateTime instant(String value, String field, Violations violations) {
        if (value == null || value.isBlank()) {
            return null;
        }
        OffsetDateTime instant;
        try {
            instant = OffsetDateTime.parse(value);
        } catch (DateTimeParseException e) {
            instant = null;
        }
        if (instant == null || instant.getYear() < 1 || instant.getYear() > 9999) {
            violations.add(field, "instant", "must be an instant with offset, e.g. 2026-01-31T12:00:00+01:00");
            return null;
        }
        return instant;
    }
}
