package de.netzwerkbuero.events.boundary;

import de.netzwerkbuero.events.api.ExportFile;
import de.netzwerkbuero.events.api.ParticipantExports;
import de.netzwerkbuero.events.domain.Event;
import de.netzwerkbuero.events.domain.Registration;
import de.netzwerkbuero.events.infrastructure.export.CsvParticipantList;
import de.netzwerkbuero.events.infrastructure.export.ParticipantSheet;
import de.netzwerkbuero.events.infrastructure.export.SignInSheetPdf;
import de.netzwerkbuero.events.infrastructure.export.XlsxParticipantList;
import de.netzwerkbuero.events.infrastructure.persistence.RegistrationRepository;
import de.netzwerkbuero.funding.api.ProjectDirectory;
import de.netzwerkbuero.funding.api.ProjectSummary;
import de.netzwerkbuero.platform.api.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.util.List;

/** Participant lists and sign-in sheets, for whoever may read the event. */
@Stateless
@RolesAllowed({Roles.OFFICE, Roles.AUDITOR, Roles.PROJECT_LEAD})
public class ParticipantExportsBean implements ParticipantExports {

    @Inject
    private EventAccess access;

    @Inject
    private EventViews eventViews;

    @Inject
    private RegistrationViews registrationViews;

    @Inject
    private RegistrationRepository registrations;

    @EJB
    private ProjectDirectory projects;

    @Override
    public ExportFile csv(long eventId) {
        Event event = access.readable(eventId);
        ParticipantSheet sheet = sheet(event, registrations.active(eventId));
        return new ExportFile(sheet.filename("teilnehmende", "csv"), CsvParticipantList.CONTENT_TYPE,
                CsvParticipantList.write(sheet));
    }

    @Override
    public ExportFile xlsx(long eventId) {
        Event event = access.readable(eventId);
        ParticipantSheet sheet = sheet(event, registrations.active(eventId));
        return new ExportFile(sheet.filename("teilnehmende", "xlsx"), XlsxParticipantList.CONTENT_TYPE,
                XlsxParticipantList.write(sheet));
    }

    @Override
    public ExportFile signInSheet(long eventId) {
        Event event = access.readable(eventId);
        ParticipantSheet sheet = sheet(event, registrations.holdingPlace(eventId));
        return new ExportFile(sheet.filename("teilnahmeliste", "pdf"), SignInSheetPdf.CONTENT_TYPE,
                SignInSheetPdf.write(sheet));
    }

    private ParticipantSheet sheet(Event event, List<Registration> participants) {
        String reference = event.getProjectId() == null ? null
                : projects.find(event.getProjectId()).map(ProjectSummary::fundingReference).orElse(null);
        return new ParticipantSheet(eventViews.of(event), reference, registrationViews.views(event.getId(), participants));
    }
}
