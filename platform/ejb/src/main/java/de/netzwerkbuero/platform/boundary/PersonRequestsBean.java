package de.netzwerkbuero.platform.boundary;

import de.netzwerkbuero.platform.api.Roles;
import de.netzwerkbuero.platform.api.clock.BusinessClock;
import de.netzwerkbuero.platform.api.privacy.ErasureReport;
import de.netzwerkbuero.platform.api.privacy.ModuleOutcome;
import de.netzwerkbuero.platform.api.privacy.PersonEmail;
import de.netzwerkbuero.platform.api.privacy.PersonErasure;
import de.netzwerkbuero.platform.api.privacy.PersonExport;
import de.netzwerkbuero.platform.api.privacy.PersonRequests;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;

import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Logger;

/**
 * Coordinates the DSGVO requests: announces them to the modules and assembles their answers. Runs without a
 * transaction of its own, so each module's part commits (or fails) by itself; a failed part is reported, and
 * the erasure can simply be repeated.
 */
@Stateless
@RolesAllowed(Roles.OFFICE)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class PersonRequestsBean implements PersonRequests {

    private static final Logger LOG = Logger.getLogger(PersonRequestsBean.class.getName());

    @Inject
    private Event<PersonExport> exportRequested;

    @Inject
    private Event<PersonErasure> erasureRequested;

    @EJB
    private PlatformPersonalData platformData;

    @EJB
    private BusinessClock clock;

    @Override
    public String export(String email) {
        String address = PersonEmail.normalize(email);
        PersonExport request = new PersonExport(address);
        exportRequested.fire(request);
        String exportId = UUID.randomUUID().toString();
        platformData.exported(exportId, request.outcomes());
        JsonObjectBuilder document = Json.createObjectBuilder()
                .add("subject", "person")
                .add("email", address)
                .add("exportId", exportId)
                .add("exportedAt", clock.nowInOffice().toString())
                .add("legalBasis", "DSGVO Art. 15");
        JsonArrayBuilder addresses = Json.createArrayBuilder();
        request.emails().forEach(addresses::add);
        document.add("addresses", addresses);
        request.sections().forEach(document::add);
        JsonArrayBuilder incomplete = Json.createArrayBuilder();
        request.outcomes().stream().filter(o -> !o.succeeded()).map(ModuleOutcome::module).forEach(incomplete::add);
        return document.add("incomplete", incomplete).build().toString();
    }

    @Override
    public ErasureReport erase(String email) {
        return erase(PersonEmail.normalize(email), Set.of());
    }

    @Override
    public ErasureReport eraseContact(long contactId, String email) {
        String address = email == null || email.isBlank() ? null : email.trim().toLowerCase(Locale.ROOT);
        return erase(address, Set.of(contactId));
    }

    private ErasureReport erase(String address, Set<Long> contactIds) {
        PersonErasure request = new PersonErasure(UUID.randomUUID().toString(), address, contactIds);
        erasureRequested.fire(request);
        ErasureReport report = new ErasureReport(request.erasureId(), request.outcomes());
        if (!report.complete()) {
            LOG.warning(() -> "DSGVO erasure " + report.erasureId() + " incomplete, failed: " + report.failedModules()
                    + "; run it again for the same address");
        }
        return report;
    }
}
