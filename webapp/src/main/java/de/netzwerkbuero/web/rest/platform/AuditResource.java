package de.netzwerkbuero.web.rest.platform;

import de.netzwerkbuero.platform.api.audit.AuditEntry;
import de.netzwerkbuero.platform.api.audit.AuditLog;
import de.netzwerkbuero.platform.api.audit.AuditQuery;
import de.netzwerkbuero.platform.api.audit.AuditSlice;
import de.netzwerkbuero.platform.api.audit.AuditVerification;
import de.netzwerkbuero.platform.api.error.Violations;
import jakarta.ejb.EJB;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
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
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/** The audit trail for auditors and administrators: keyset pages, verification, a streamed CSV export. */
@Path("/audit")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "basic")
public class AuditResource {

    @EJB
    private AuditLog audit;

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
    @Path("/export")
    @Produces("text/csv")
    @Operation(summary = "Every matching entry as CSV, streamed in id order")
    public Response export(@QueryParam("actor") String actor, @QueryParam("entityType") String entityType,
                           @QueryParam("entityId") String entityId, @QueryParam("action") String action,
                           @QueryParam("from") String from, @QueryParam("to") String to) {
        AuditQuery filters = query(actor, entityType, entityId, action, from, to, null, AuditQuery.MAX_LIMIT);
        StreamingOutput body = out -> {
            BufferedWriter writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
            writer.write("id,at,actor,action,entityType,entityId,position,hash,previousHash,changes\n");
            audit.export(filters, entry -> write(writer, entry));
            writer.flush();
        };
        return Response.ok(body).header("Content-Disposition", "attachment; filename=\"audit.csv\"").build();
    }

    private static void write(BufferedWriter writer, AuditEntry e) {
        try {
            writer.write(e.id() + "," + e.at() + "," + Csv.field(e.actor()) + "," + Csv.field(e.action()) + ","
                    + Csv.field(e.entityType()) + "," + Csv.field(e.entityId()) + ","
                    + (e.position() == null ? "" : e.position()) + "," + Csv.field(e.hash()) + ","
                    + Csv.field(e.previousHash()) + "," + Csv.field(e.changes().toString()) + "\n");
        } catch (java.io.IOException io) {
            throw new UncheckedIOException(io);
        }
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
